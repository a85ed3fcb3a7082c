using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using ModularReports.BuildingBlocks.Persistence;
using ModularReports.HostTesting;
using ModularReports.Testing;
using ModularReports.Identity.Domain;
using ModularReports.Identity.Infrastructure;

namespace ModularReports.Identity.Tests;

/// <summary>Sign-in tells nobody which addresses have accounts, and nobody can lock a person out from elsewhere.</summary>
public sealed partial class SignInProtectionTests
{
    [Fact]
    public async Task A_known_and_an_unknown_address_take_as_long_and_get_the_same_answers()
    {
        await using var host = await HostFactory.StartAsync(DatabaseProvider.Sqlite);
        var admin = await host.ApiClientAsync(DemoUsers.Admin);
        var client = host.CreateClient();
        async Task<(TimeSpan Took, string Detail)> TryAsync(string email, string password)
        {
            var started = Stopwatch.GetTimestamp();
            var response = await client.PostAsJsonAsync("/api/auth/token", new { email, password });
            var took = Stopwatch.GetElapsedTime(started);
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            return (took, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString()!);
        }

        // Warm both paths, then alternate: four wrong passwords each (the fifth would lock).
        await TryAsync("warm-up@demo.local", "wrong password 0");
        var known = new List<TimeSpan>();
        var unknown = new List<TimeSpan>();
        var details = new HashSet<string>();
        for (var i = 1; i <= 3; i++)
        {
            var (k, kd) = await TryAsync(DemoUsers.FocalPoint, $"wrong password {i}");
            var (u, ud) = await TryAsync($"nobody{i}@demo.local", $"wrong password {i}");
            (known, unknown) = ([.. known, k], [.. unknown, u]);
            details.UnionWith([kd, ud]);
        }

        Assert.Single(details);
        var (knownMedian, unknownMedian) = (known.Order().ElementAt(1), unknown.Order().ElementAt(1));
        // Before, an unknown address was answered many times faster; a busy machine keeps the two within a factor of three.
        Assert.True(unknownMedian > knownMedian / 3 && unknownMedian < knownMedian * 3,
            $"known account {knownMedian.TotalMilliseconds:0} ms, unknown {unknownMedian.TotalMilliseconds:0} ms");

        // A deactivated account is named only to someone who knows its password.
        var reporterId = (await admin.GetFromJsonAsync<JsonElement>("/api/admin/users?q=reporter")).GetProperty("items")[0].GetProperty("id").GetGuid();
        (await admin.PostAsync($"/api/admin/users/{reporterId}/deactivate", null)).EnsureSuccessStatusCode();
        Assert.Equal(details.Single(), (await TryAsync(DemoUsers.Reporter, "a wrong guess")).Detail);
        var right = await client.PostAsJsonAsync("/api/auth/token", new { email = DemoUsers.Reporter, password = DemoUsers.Password });
        Assert.Contains("deactivated", (await right.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);

        // Locked out the same way, with the same words, whether or not there is an account.
        var locked = new HashSet<string>();
        foreach (var email in new[] { DemoUsers.Admin, "nobody-at-all@demo.local" })
        {
            for (var i = 0; i < 5; i++)
            {
                await client.PostAsJsonAsync("/api/auth/token", new { email, password = $"guess {i}" });
            }

            locked.Add(Regex().Replace((await TryAsync(email, "guess 6")).Detail, "HH:mm"));
        }

        Assert.Contains("Too many failed sign-ins", Assert.Single(locked), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Guessing_from_one_address_locks_that_address_out_of_the_account_and_nobody_else_and_admins_see_it()
    {
        await using var host = await HostFactory.StartOnKestrelAsync(DatabaseProvider.Sqlite, new Dictionary<string, string?>
        {
            ["App:ForwardedHeaders:KnownProxies"] = "127.0.0.1,::1",
        });
        HttpClient From(string address)
        {
            var client = new HttpClient { BaseAddress = host.ServerAddress };
            client.DefaultRequestHeaders.Add("X-Forwarded-For", address);
            return client;
        }

        var attacker = From("203.0.113.5");
        for (var i = 0; i < 5; i++)
        {
            await attacker.PostAsJsonAsync("/api/auth/token", new { email = DemoUsers.Admin, password = $"guess {i}" });
        }

        var blocked = await attacker.PostAsJsonAsync("/api/auth/token", new { email = DemoUsers.Admin, password = DemoUsers.Password });
        Assert.Equal(HttpStatusCode.Unauthorized, blocked.StatusCode);
        Assert.Contains("Too many failed sign-ins", (await blocked.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);

        // The admin, at the office, signs in as usual and finds the lockout in the account's history.
        var office = From("198.51.100.7");
        var signedIn = await office.PostAsJsonAsync("/api/auth/token", new { email = DemoUsers.Admin, password = DemoUsers.Password });
        Assert.Equal(HttpStatusCode.OK, signedIn.StatusCode);
        office.DefaultRequestHeaders.Authorization = new("Bearer", (await signedIn.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString());
        var adminId = (await office.GetFromJsonAsync<JsonElement>("/api/me")).GetProperty("id").GetGuid();
        var history = (await office.GetFromJsonAsync<JsonElement>($"/api/admin/users/{adminId}")).GetProperty("history").EnumerateArray().ToList();
        var entry = Assert.Single(history, h => h.GetProperty("action").GetString() == "SignInLockedOut");
        Assert.Contains("203.0.113.5", entry.GetProperty("details").GetString(), StringComparison.Ordinal);
        var locked = Assert.Single((await office.GetFromJsonAsync<JsonElement>($"/api/admin/users/{adminId}")).GetProperty("lockedOutClients").EnumerateArray());
        Assert.Equal("203.0.113.5", locked.GetProperty("clientAddress").GetString());

        // And is warned: a notification (and an e-mail) to every admin, saying from where.
        JsonElement warning = default;
        Assert.True(await Eventually.HoldsAsync(
            async () => (await office.GetFromJsonAsync<JsonElement>("/api/notifications")).GetProperty("items").EnumerateArray()
                .Any(n => (warning = n).GetProperty("kind").GetString() == "signInLockedOut"),
            TimeSpan.FromSeconds(15)));
        Assert.Contains("203.0.113.5", warning.GetProperty("body").GetString(), StringComparison.Ordinal);
        Assert.Equal($"/admin/users/{adminId}", warning.GetProperty("link").GetString());
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Guesses_sent_all_at_once_are_all_counted(DatabaseProvider provider)
    {
        Providers.RequireAvailable(provider);
        await using var host = await HostFactory.StartAsync(provider);
        var client = host.CreateClient();

        var guesses = await Task.WhenAll(Enumerable.Range(0, 5).Select(i =>
            client.PostAsJsonAsync("/api/auth/token", new { email = DemoUsers.FocalPoint, password = $"parallel guess {i}" })));

        Assert.All(guesses, g => Assert.Equal(HttpStatusCode.Unauthorized, g.StatusCode));
        var right = await client.PostAsJsonAsync("/api/auth/token", new { email = DemoUsers.FocalPoint, password = DemoUsers.Password });
        Assert.Equal(HttpStatusCode.Unauthorized, right.StatusCode);
        Assert.Contains("Too many failed sign-ins", (await right.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Each_lockout_in_a_row_lasts_twice_as_long_up_to_a_day_and_a_quiet_day_forgets_them()
    {
        var limits = new SignInLimits();
        var throttle = new SignInThrottle { Account = "A@DEMO.LOCAL", ClientAddress = "203.0.113.5" };
        var now = new DateTime(2026, 12, 1, 8, 0, 0, DateTimeKind.Utc);
        var lockouts = new List<TimeSpan>();
        for (var round = 0; round < 9; round++)
        {
            for (var i = 0; i < limits.MaxFailedAttempts; i++)
            {
                Assert.Equal(i == limits.MaxFailedAttempts - 1, throttle.Fail(now, limits));
            }

            lockouts.Add(throttle.LockedUntil!.Value - now);
            Assert.True(throttle.IsLockedOut(now));
            now = throttle.LockedUntil.Value;
            Assert.False(throttle.IsLockedOut(now));
        }

        Assert.Equal(new[] { 15, 30, 60, 120, 240, 480, 960, 1440, 1440 }.Select(m => TimeSpan.FromMinutes(m)), lockouts);
        throttle.Fail(now.AddDays(2), limits);
        Assert.Equal(1, throttle.Failures);
        Assert.Equal(0, throttle.Lockouts);
    }

    [Theory]
    [InlineData("1234567890")]
    [InlineData("password12")]
    [InlineData("qwertyuiop")]
    [InlineData("Password123!")]
    [InlineData("amelie.durand@uicn.example")]
    [InlineData("amelie.durand-2026")]
    [InlineData("Conserve-Nature-2026")]
    public async Task Common_and_personal_passwords_and_the_demo_password_outside_the_demo_are_refused(string password)
    {
        var strength = new PasswordStrength(
            new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Database:Provider"] = "PostgreSql",
                ["ConnectionStrings:Default"] = "Host=db",
                ["Demo:Password"] = "Conserve-Nature-2026",
            }).Build(),
            new Microsoft.Extensions.Localization.StringLocalizer<IdentityText>(new Microsoft.Extensions.Localization.ResourceManagerStringLocalizerFactory(
                Microsoft.Extensions.Options.Options.Create(new Microsoft.Extensions.Localization.LocalizationOptions { ResourcesPath = "Resources" }),
                Microsoft.Extensions.Logging.Abstractions.NullLoggerFactory.Instance)));
        var user = new User { DisplayName = "Amélie Durand", Email = "amelie.durand@uicn.example" };

        var result = await strength.ValidateAsync(null!, user, password);

        Assert.False(result.Succeeded);
        Assert.NotEmpty(result.Errors.Single().Description);
    }

    [Fact]
    public async Task A_weak_password_is_a_400_naming_the_field_and_a_strong_one_is_taken()
    {
        await using var host = await HostFactory.StartAsync(DatabaseProvider.Sqlite);
        var (_, userId, token) = await InvitationAsync(host, "weak@demo.local");
        var anonymous = host.CreateClient();

        foreach (var weak in new[] { "password12", "weak@demo.local", "1234567890" })
        {
            var refused = await anonymous.PostAsJsonAsync("/api/auth/accept-invitation", new { userId, token, newPassword = weak });
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.True((await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("newPassword", out _));
        }

        Assert.Equal(HttpStatusCode.NoContent,
            (await anonymous.PostAsJsonAsync("/api/auth/accept-invitation", new { userId, token, newPassword = "otters return to the Loire" })).StatusCode);
    }

    private static async Task<(Uri Link, Guid UserId, string Token)> InvitationAsync(HostFactory host, string email)
    {
        var admin = await host.ApiClientAsync(DemoUsers.Admin);
        (await admin.PostAsJsonAsync("/api/admin/users", new { email, displayName = "Weak Password", roles = new[] { "Reporter" }, language = "en" }))
            .EnsureSuccessStatusCode();
        return Mailbox.LinkIn(await Mailbox.WaitForMessageToAsync(host.MailFolder, email));
    }

    [System.Text.RegularExpressions.GeneratedRegex("[0-9]{2}:[0-9]{2}")]
    private static partial System.Text.RegularExpressions.Regex Regex();
}
