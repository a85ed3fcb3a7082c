using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ModularReports.BuildingBlocks.Persistence;
using ModularReports.HostTesting;
using ModularReports.Testing;

namespace ModularReports.Identity.Tests;

public sealed class TokenTests
{
    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_reporter_gets_a_bearer_token_that_the_API_accepts(DatabaseProvider provider)
    {
        Providers.RequireAvailable(provider);
        await using var host = await HostFactory.StartAsync(provider);
        var client = host.CreateClient();

        var response = await client.PostAsJsonAsync("/api/auth/token", new { email = DemoUsers.Reporter, password = DemoUsers.Password });
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Bearer", body.GetProperty("tokenType").GetString());
        Assert.Equal(3600, body.GetProperty("expiresIn").GetInt32());
        client.DefaultRequestHeaders.Authorization = new("Bearer", body.GetProperty("accessToken").GetString());
        var me = await client.GetFromJsonAsync<JsonElement>("/api/me");
        Assert.Equal(DemoUsers.Reporter, me.GetProperty("email").GetString());
        Assert.Equal(["Reporter"], me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    public async Task Wrong_credentials_are_a_401_problem_and_a_missing_field_a_400_naming_it()
    {
        await using var host = await HostFactory.StartAsync(DatabaseProvider.Sqlite);
        var client = host.CreateClient();

        var wrong = await client.PostAsJsonAsync("/api/auth/token", new { email = DemoUsers.Reporter, password = "not the password" });
        var unknown = await client.PostAsJsonAsync("/api/auth/token", new { email = "nobody@demo.local", password = "whatever-it-is" });
        var missing = await client.PostAsJsonAsync("/api/auth/token", new { email = DemoUsers.Reporter });

        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal("application/problem+json", wrong.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.Unauthorized, unknown.StatusCode);
        Assert.Equal(
            (await wrong.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(),
            (await unknown.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.True((await missing.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("password", out _));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Five_wrong_passwords_lock_that_client_out_of_the_account_even_against_the_right_one(DatabaseProvider provider)
    {
        Providers.RequireAvailable(provider);
        await using var host = await HostFactory.StartAsync(provider);
        var client = host.CreateClient();

        for (var i = 0; i < 5; i++)
        {
            await client.PostAsJsonAsync("/api/auth/token", new { email = DemoUsers.FocalPoint, password = $"wrong-guess-{i}" });
        }

        var right = await client.PostAsJsonAsync("/api/auth/token", new { email = DemoUsers.FocalPoint, password = DemoUsers.Password });
        var problem = await right.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.Unauthorized, right.StatusCode);
        Assert.Contains("Too many failed sign-ins", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        // Other accounts are not affected.
        var other = await client.PostAsJsonAsync("/api/auth/token", new { email = DemoUsers.Reporter, password = DemoUsers.Password });
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    [Fact]
    public async Task Sign_in_attempts_are_rate_limited_per_client()
    {
        await using var host = await HostFactory.StartAsync(
            DatabaseProvider.Sqlite, new Dictionary<string, string?> { ["Identity:SignInRateLimit:PermitLimit"] = "3" });
        var client = host.CreateClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            statuses.Add((await client.PostAsJsonAsync("/api/auth/token", new { email = DemoUsers.Reporter, password = DemoUsers.Password })).StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task A_refresh_token_gives_a_new_access_token_until_the_user_is_deactivated()
    {
        await using var host = await HostFactory.StartAsync(DatabaseProvider.Sqlite);
        var client = host.CreateClient();
        var issued = await (await client.PostAsJsonAsync("/api/auth/token", new { email = DemoUsers.Reporter, password = DemoUsers.Password }))
            .Content.ReadFromJsonAsync<JsonElement>();
        var refreshToken = issued.GetProperty("refreshToken").GetString();

        var refreshed = await client.PostAsJsonAsync("/api/auth/refresh", new { refreshToken });
        Assert.Equal(HttpStatusCode.OK, refreshed.StatusCode);

        var admin = await host.ApiClientAsync(DemoUsers.Admin);
        var reporterId = (await admin.GetFromJsonAsync<JsonElement>($"/api/admin/users?q=reporter")).GetProperty("items")[0].GetProperty("id").GetGuid();
        (await admin.PostAsync($"/api/admin/users/{reporterId}/deactivate", null)).EnsureSuccessStatusCode();

        var afterDeactivation = await client.PostAsJsonAsync("/api/auth/refresh", new { refreshToken });
        var signIn = await client.PostAsJsonAsync("/api/auth/token", new { email = DemoUsers.Reporter, password = DemoUsers.Password });
        Assert.Equal(HttpStatusCode.Unauthorized, afterDeactivation.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, signIn.StatusCode);
        Assert.Contains("deactivated", (await signIn.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);

        (await admin.PostAsync($"/api/admin/users/{reporterId}/reactivate", null)).EnsureSuccessStatusCode();
        Assert.Equal(HttpStatusCode.OK,
            (await client.PostAsJsonAsync("/api/auth/token", new { email = DemoUsers.Reporter, password = DemoUsers.Password })).StatusCode);
    }
}
