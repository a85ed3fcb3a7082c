using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ModularReports.BuildingBlocks.Persistence;
using ModularReports.HostTesting;
using ModularReports.Testing;

namespace ModularReports.Identity.Tests;

public sealed class InvitationAndResetTests
{
    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task An_invited_person_gets_an_email_in_their_language_chooses_a_password_once_and_signs_in(DatabaseProvider provider)
    {
        Providers.RequireAvailable(provider);
        await using var host = await HostFactory.StartAsync(provider);
        var admin = await host.ApiClientAsync(DemoUsers.Admin);

        var created = await admin.PostAsJsonAsync("/api/admin/users", new
        {
            email = "amelie.durand@uicn.example",
            displayName = "Amélie Durand",
            roles = new[] { "Reporter", "FocalPoint" },
            language = "fr",
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var userId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var mail = await Mailbox.WaitForMessageToAsync(host.MailFolder, "amelie.durand@uicn.example");
        Assert.Equal("Invitation à ModularReports", mail.Subject);
        Assert.Contains("Bonjour Amélie Durand", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("admin@demo.local", mail.TextBody, StringComparison.Ordinal);
        Assert.NotNull(mail.HtmlBody);
        var (link, linkUserId, token) = Mailbox.LinkIn(mail);
        Assert.Equal("/account/accept-invitation", link.AbsolutePath);
        Assert.Equal(userId, linkUserId);

        var anonymous = host.CreateClient();
        var weak = await anonymous.PostAsJsonAsync("/api/auth/accept-invitation", new { userId, token, newPassword = "short" });
        Assert.Equal(HttpStatusCode.BadRequest, weak.StatusCode);
        Assert.True((await weak.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("newPassword", out _));

        var accepted = await anonymous.PostAsJsonAsync("/api/auth/accept-invitation", new { userId, token, newPassword = "marais salants de Camargue" });
        Assert.Equal(HttpStatusCode.NoContent, accepted.StatusCode);
        var again = await anonymous.PostAsJsonAsync("/api/auth/accept-invitation", new { userId, token, newPassword = "kingfishers nest in the Loire" });
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.True((await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("token", out _));

        var newcomer = await host.ApiClientAsync("amelie.durand@uicn.example", "marais salants de Camargue");
        var me = await newcomer.GetFromJsonAsync<JsonElement>("/api/me");
        Assert.Equal("fr", me.GetProperty("preferredLanguage").GetString());
        Assert.Equal(["FocalPoint", "Reporter"], me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));

        var details = await admin.GetFromJsonAsync<JsonElement>($"/api/admin/users/{userId}");
        var history = details.GetProperty("history").EnumerateArray().ToList();
        Assert.Single(history);
        Assert.Equal("UserInvited", history[0].GetProperty("action").GetString());
        Assert.Equal(DemoUsers.Admin, history[0].GetProperty("actorEmail").GetString());
    }

    [Fact]
    public async Task Inviting_with_bad_input_names_the_field_and_creates_nobody()
    {
        await using var host = await HostFactory.StartAsync(DatabaseProvider.Sqlite);
        var admin = await host.ApiClientAsync(DemoUsers.Admin);

        var badRole = await admin.PostAsJsonAsync("/api/admin/users", new { email = "x@example.org", displayName = "X", roles = new[] { "Owner" }, language = "en" });
        var duplicate = await admin.PostAsJsonAsync("/api/admin/users", new { email = DemoUsers.Reporter, displayName = "Again", roles = new[] { "Reporter" }, language = "en" });
        var badEmail = await admin.PostAsJsonAsync("/api/admin/users", new { email = "not-an-address", displayName = "Y", roles = new[] { "Reporter" }, language = "de" });

        Assert.Equal(HttpStatusCode.BadRequest, badRole.StatusCode);
        Assert.True((await badRole.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("roles[0]", out _));
        Assert.Equal(HttpStatusCode.BadRequest, duplicate.StatusCode);
        Assert.True((await duplicate.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("email", out _));
        var errors = (await badEmail.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("email", out _));
        Assert.True(errors.TryGetProperty("language", out _));
        var users = await admin.GetFromJsonAsync<JsonElement>("/api/admin/users");
        Assert.Equal(3, users.GetProperty("total").GetInt32());
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_forgotten_password_is_reset_through_the_emailed_link(DatabaseProvider provider)
    {
        Providers.RequireAvailable(provider);
        await using var host = await HostFactory.StartAsync(provider);
        var client = host.CreateClient();

        var requested = await client.PostAsJsonAsync("/api/auth/forgot-password", new { email = DemoUsers.Reporter });
        var unknown = await client.PostAsJsonAsync("/api/auth/forgot-password", new { email = "nobody@demo.local" });
        Assert.Equal(HttpStatusCode.Accepted, requested.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, unknown.StatusCode);

        var mail = await Mailbox.WaitForMessageToAsync(host.MailFolder, DemoUsers.Reporter);
        Assert.Equal("Reset your ModularReports password", mail.Subject);
        var (link, userId, token) = Mailbox.LinkIn(mail);
        Assert.Equal("/account/reset-password", link.AbsolutePath);

        var reset = await client.PostAsJsonAsync("/api/auth/reset-password", new { userId, token, newPassword = "a brand new passphrase" });
        Assert.Equal(HttpStatusCode.NoContent, reset.StatusCode);

        var old = await client.PostAsJsonAsync("/api/auth/token", new { email = DemoUsers.Reporter, password = DemoUsers.Password });
        var fresh = await client.PostAsJsonAsync("/api/auth/token", new { email = DemoUsers.Reporter, password = "a brand new passphrase" });
        Assert.Equal(HttpStatusCode.Unauthorized, old.StatusCode);
        Assert.Equal(HttpStatusCode.OK, fresh.StatusCode);
        Assert.Single(Mailbox.Read(host.MailFolder)); // nothing was sent for the unknown address
    }

    [Fact]
    public async Task Admins_change_roles_and_the_change_is_recorded_but_cannot_remove_their_own_admin_role()
    {
        await using var host = await HostFactory.StartAsync(DatabaseProvider.Sqlite);
        var admin = await host.ApiClientAsync(DemoUsers.Admin);
        var users = await admin.GetFromJsonAsync<JsonElement>("/api/admin/users");
        Guid IdOf(string email) => users.GetProperty("items").EnumerateArray().Single(u => u.GetProperty("email").GetString() == email).GetProperty("id").GetGuid();

        var changed = await admin.PutAsJsonAsync($"/api/admin/users/{IdOf(DemoUsers.Reporter)}/roles", new { roles = new[] { "Reporter", "FocalPoint" } });
        var selfDemotion = await admin.PutAsJsonAsync($"/api/admin/users/{IdOf(DemoUsers.Admin)}/roles", new { roles = new[] { "Reporter" } });
        var selfDeactivation = await admin.PostAsync($"/api/admin/users/{IdOf(DemoUsers.Admin)}/deactivate", null);

        Assert.Equal(HttpStatusCode.NoContent, changed.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, selfDemotion.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, selfDeactivation.StatusCode);
        var focalPoints = await admin.GetFromJsonAsync<JsonElement>("/api/admin/users?role=FocalPoint");
        Assert.Equal(2, focalPoints.GetProperty("total").GetInt32());
        var history = (await admin.GetFromJsonAsync<JsonElement>($"/api/admin/users/{IdOf(DemoUsers.Reporter)}")).GetProperty("history");
        Assert.Equal("RolesChanged", history[0].GetProperty("action").GetString());
        Assert.Equal("Reporter -> FocalPoint, Reporter", history[0].GetProperty("details").GetString());
    }

    [Fact]
    public async Task A_user_changes_their_own_name_and_language()
    {
        await using var host = await HostFactory.StartAsync(DatabaseProvider.Sqlite);
        var reporter = await host.ApiClientAsync(DemoUsers.Reporter);

        var bad = await reporter.PutAsJsonAsync("/api/me", new { displayName = "", preferredLanguage = "de" });
        var good = await reporter.PutAsJsonAsync("/api/me", new { displayName = "Rafael Núñez", preferredLanguage = "es" });
        var me = await reporter.GetFromJsonAsync<JsonElement>("/api/me");

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("displayName", out _));
        Assert.True(errors.TryGetProperty("preferredLanguage", out _));
        Assert.Equal(HttpStatusCode.NoContent, good.StatusCode);
        Assert.Equal("Rafael Núñez", me.GetProperty("displayName").GetString());
        Assert.Equal("es", me.GetProperty("preferredLanguage").GetString());
    }
}
