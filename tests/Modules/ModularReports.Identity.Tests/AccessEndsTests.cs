using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using ModularReports.BuildingBlocks.Persistence;
using ModularReports.HostTesting;
using ModularReports.Testing;

namespace ModularReports.Identity.Tests;

/// <summary>Access ends when the account changes: tokens and sessions stop within seconds, on every kind of change.</summary>
public sealed class AccessEndsTests
{
    // The per-node memory of an account's stamp, and some slack for a busy machine.
    private static readonly TimeSpan Within = TimeSpan.FromSeconds(15);

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_demoted_admins_token_stops_working_within_seconds_and_cannot_restore_its_role(DatabaseProvider provider)
    {
        Providers.RequireAvailable(provider);
        await using var host = await HostFactory.StartAsync(provider);
        var admin = await host.ApiClientAsync(DemoUsers.Admin);
        var (secondId, second) = await host.CreateUserAsync("second.admin@demo.local", ["Admin"]);
        Assert.Equal(HttpStatusCode.OK, (await second.GetAsync("/api/admin/users")).StatusCode);

        (await admin.PutAsJsonAsync($"/api/admin/users/{secondId}/roles", new { roles = new[] { "Reporter" } })).EnsureSuccessStatusCode();

        Assert.True(await Eventually.HoldsAsync(async () => (await second.GetAsync("/api/me")).StatusCode == HttpStatusCode.Unauthorized, Within));
        var restore = await second.PutAsJsonAsync($"/api/admin/users/{secondId}/roles", new { roles = new[] { "Admin" } });
        Assert.Equal(HttpStatusCode.Unauthorized, restore.StatusCode);
        var roles = (await admin.GetFromJsonAsync<JsonElement>($"/api/admin/users/{secondId}")).GetProperty("roles").EnumerateArray().Select(r => r.GetString());
        Assert.Equal(["Reporter"], roles);
    }

    [Fact]
    public async Task Deactivation_and_a_password_change_end_the_tokens_issued_before()
    {
        await using var host = await HostFactory.StartAsync(DatabaseProvider.Sqlite);
        var admin = await host.ApiClientAsync(DemoUsers.Admin);
        var (id, person) = await host.CreateUserAsync("leaving@demo.local", ["Reporter"]);
        var (_, changer) = await host.CreateUserAsync("changer@demo.local", ["Reporter"]);
        var stale = await host.ApiClientAsync("changer@demo.local", HostPeople.Password);

        (await admin.PostAsync($"/api/admin/users/{id}/deactivate", null)).EnsureSuccessStatusCode();
        (await changer.PostAsJsonAsync("/api/me/password", new { currentPassword = HostPeople.Password, newPassword = "salt marshes of the Camargue" }))
            .EnsureSuccessStatusCode();

        Assert.True(await Eventually.HoldsAsync(async () => (await person.GetAsync("/api/me")).StatusCode == HttpStatusCode.Unauthorized, Within));
        Assert.True(await Eventually.HoldsAsync(async () => (await stale.GetAsync("/api/me")).StatusCode == HttpStatusCode.Unauthorized, Within));
        var fresh = await host.ApiClientAsync("changer@demo.local", "salt marshes of the Camargue");
        Assert.Equal(HttpStatusCode.OK, (await fresh.GetAsync("/api/me")).StatusCode);
    }

    [Fact]
    public async Task A_refresh_token_works_once_and_its_second_use_ends_every_token_of_the_account()
    {
        await using var host = await HostFactory.StartAsync(DatabaseProvider.Sqlite);
        var client = host.CreateClient();
        var issued = await (await client.PostAsJsonAsync("/api/auth/token", new { email = DemoUsers.Reporter, password = DemoUsers.Password }))
            .Content.ReadFromJsonAsync<JsonElement>();
        var refreshToken = issued.GetProperty("refreshToken").GetString();

        // The owner refreshes; later someone who copied the old refresh token tries it.
        var owner = await client.PostAsJsonAsync("/api/auth/refresh", new { refreshToken });
        Assert.Equal(HttpStatusCode.OK, owner.StatusCode);
        var next = await owner.Content.ReadFromJsonAsync<JsonElement>();
        var thief = await client.PostAsJsonAsync("/api/auth/refresh", new { refreshToken });

        Assert.Equal(HttpStatusCode.Unauthorized, thief.StatusCode);
        // Nobody can tell which holder was the owner: the tokens issued from it end too, and the owner signs in again.
        var api = host.CreateClient();
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", next.GetProperty("accessToken").GetString());
        Assert.True(await Eventually.HoldsAsync(async () => (await api.GetAsync("/api/me")).StatusCode == HttpStatusCode.Unauthorized, Within));
        Assert.Equal(HttpStatusCode.Unauthorized,
            (await client.PostAsJsonAsync("/api/auth/refresh", new { refreshToken = next.GetProperty("refreshToken").GetString() })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync("/api/auth/token", new { email = DemoUsers.Reporter, password = DemoUsers.Password })).StatusCode);
    }

    [Fact]
    public async Task The_same_refresh_token_sent_twice_at_once_gives_one_new_token()
    {
        await using var host = await HostFactory.StartAsync(DatabaseProvider.Sqlite);
        var client = host.CreateClient();
        var issued = await (await client.PostAsJsonAsync("/api/auth/token", new { email = DemoUsers.Reporter, password = DemoUsers.Password }))
            .Content.ReadFromJsonAsync<JsonElement>();
        var refreshToken = issued.GetProperty("refreshToken").GetString();

        var answers = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => client.PostAsJsonAsync("/api/auth/refresh", new { refreshToken })));

        Assert.Single(answers, r => r.StatusCode == HttpStatusCode.OK);
        Assert.All(answers.Where(r => !r.IsSuccessStatusCode), r => Assert.Equal(HttpStatusCode.Unauthorized, r.StatusCode));
    }

    [Fact]
    public async Task A_session_whose_account_changed_lands_on_the_sign_in_page_instead_of_an_error()
    {
        await using var host = await HostFactory.StartAsync(DatabaseProvider.Sqlite);
        var admin = await host.ApiClientAsync(DemoUsers.Admin);
        var (id, _) = await host.CreateUserAsync("session@demo.local", ["Reporter"]);
        var browser = await host.BrowserClientAsync("session@demo.local", HostPeople.Password);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/account")).StatusCode);

        (await admin.PutAsJsonAsync($"/api/admin/users/{id}/roles", new { roles = new[] { "FocalPoint" } })).EnsureSuccessStatusCode();

        HttpResponseMessage? last = null;
        Assert.True(await Eventually.HoldsAsync(async () => (last = await browser.GetAsync("/account")).StatusCode != HttpStatusCode.OK, Within));
        Assert.Equal(HttpStatusCode.Redirect, last!.StatusCode);
        Assert.Contains("/account/sign-in", last.Headers.Location!.OriginalString, StringComparison.Ordinal);
        // Every page after that, too: the stale cookie is gone, not failing on each request.
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/reports")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/account/sign-in")).StatusCode);
    }

    [Fact]
    public async Task Cookies_are_refused_on_the_API_and_bearer_tokens_are_read_from_the_header_only()
    {
        await using var host = await HostFactory.StartAsync(DatabaseProvider.Sqlite);
        var browser = await host.BrowserClientAsync(DemoUsers.Reporter);
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.GetAsync("/api/me")).StatusCode);
        var api = await host.ApiClientAsync(DemoUsers.Reporter);
        var token = api.DefaultRequestHeaders.Authorization!.Parameter;
        var bare = host.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await bare.GetAsync($"/api/me?access_token={token}")).StatusCode);
        bare.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        Assert.Equal(HttpStatusCode.OK, (await bare.GetAsync("/api/me")).StatusCode);
    }
}
