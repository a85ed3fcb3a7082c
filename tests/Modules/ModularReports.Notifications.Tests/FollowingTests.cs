using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ModularReports.BuildingBlocks.Persistence;
using ModularReports.HostTesting;
using ModularReports.Testing;

namespace ModularReports.Notifications.Tests;

/// <summary>Someone who follows a resolution hears of each report published on it, once, in their language and way.</summary>
public sealed class FollowingTests
{
    [SkippableTheory]
    [MemberData(nameof(Stacks.Messaging), MemberType = typeof(Stacks))]
    public async Task A_follower_hears_of_each_publication_until_they_stop(string stack)
    {
        Stacks.RequireAvailable(stack);
        await using var smtp = SmtpTestServer.Create();
        await using var host = await HostFactory.StartAsync(stack, smtp.Settings(("App:PublicUrl", Notify.PublicUrl)));
        var reporter = await host.ApiClientAsync(DemoUsers.Reporter);
        var focalPoint = await host.ApiClientAsync(DemoUsers.FocalPoint);
        var admin = await host.ApiClientAsync(DemoUsers.Admin);
        await admin.SetLanguageAsync("es");
        var res054 = await host.ResolutionAsync("WCC-2020-Res-054");

        var followed = await (await admin.PutAsync($"/api/notifications/following/{res054}", null)).JsonAsync();
        Assert.Equal("WCC 2020 Res 054", followed.GetProperty("code").GetString());
        (await admin.PutAsync($"/api/notifications/following/{res054}", null)).EnsureSuccessStatusCode(); // again: nothing changes
        // The author follows too: the author's own message about the move is the one they get.
        (await reporter.PutAsync($"/api/notifications/following/{res054}", null)).EnsureSuccessStatusCode();
        var list = await admin.GetFromJsonAsync<JsonElement>("/api/notifications/following");
        Assert.Equal([res054], list.EnumerateArray().Select(f => f.GetProperty("resolutionId").GetGuid()));

        var first = await host.DraftAsync(reporter);
        (await reporter.ActAsync(first, "submit")).EnsureSuccessStatusCode();
        await focalPoint.WaitForNotificationsAsync(1);
        Assert.Equal(0, (await admin.NotificationsAsync()).GetProperty("total").GetInt32()); // a submission is not a publication
        (await focalPoint.ActAsync(first, "accept")).EnsureSuccessStatusCode();

        var told = (await admin.WaitForNotificationsAsync(1)).GetProperty("items")[0];
        Assert.Equal(("published", $"/reports/activity/{first}"), (told.GetProperty("kind").GetString(), told.GetProperty("link").GetString()));
        await host.SettledAsync();
        var email = smtp.Received.Single(m => m.IsTo(DemoUsers.Admin));
        Assert.Equal("WCC 2020 Res 054: nuevo informe de actividad publicado", email.Subject);
        Assert.Contains("una resolución que usted sigue", email.Text());
        Assert.Contains("National Whistleblower Center", email.Text()); // the reporting organisation
        Assert.Contains($"{Notify.PublicUrl}/reports/activity/{first}", email.Text());
        var reporterKinds = (await reporter.NotificationsAsync()).GetProperty("items").EnumerateArray().Select(n => n.GetProperty("kind").GetString());
        Assert.Equal(["accepted"], reporterKinds);

        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/notifications/following/{res054}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.DeleteAsync($"/api/notifications/following/{res054}")).StatusCode);
        var second = await host.DraftAsync(reporter);
        (await reporter.ActAsync(second, "submit")).EnsureSuccessStatusCode();
        (await focalPoint.ActAsync(second, "accept")).EnsureSuccessStatusCode();
        await reporter.WaitForNotificationsAsync(2);
        await host.SettledAsync();
        Assert.Equal(1, (await admin.NotificationsAsync()).GetProperty("total").GetInt32());
        Assert.Single(smtp.Received, m => m.IsTo(DemoUsers.Admin));
    }

    [Fact]
    public async Task A_follower_who_reads_a_daily_digest_finds_the_publication_in_it()
    {
        await using var smtp = SmtpTestServer.Create();
        await using var host = await HostFactory.StartAsync(DatabaseProvider.Sqlite, smtp.Settings(("App:PublicUrl", Notify.PublicUrl)));
        var reporter = await host.ApiClientAsync(DemoUsers.Reporter);
        var focalPoint = await host.ApiClientAsync(DemoUsers.FocalPoint);
        var admin = await host.ApiClientAsync(DemoUsers.Admin);
        (await admin.PutAsJsonAsync("/api/notifications/preferences", new { emailMode = "dailyDigest" })).EnsureSuccessStatusCode();
        (await admin.PutAsync($"/api/notifications/following/{await host.ResolutionAsync("WCC-2020-Res-054")}", null)).EnsureSuccessStatusCode();

        var id = await host.DraftAsync(reporter);
        (await reporter.ActAsync(id, "submit")).EnsureSuccessStatusCode();
        (await focalPoint.ActAsync(id, "accept")).EnsureSuccessStatusCode();
        await admin.WaitForNotificationsAsync(1);
        await host.SettledAsync();
        Assert.DoesNotContain(smtp.Received, m => m.IsTo(DemoUsers.Admin));

        await host.RunRecurringTaskAsync("notifications-daily-digest");
        await host.SettledAsync();
        var digest = smtp.Received.Single(m => m.IsTo(DemoUsers.Admin));
        Assert.Contains("WCC 2020 Res 054: a new activity report is published", digest.Text());
        Assert.Contains($"{Notify.PublicUrl}/reports/activity/{id}", digest.Text());
    }

    [Fact]
    public async Task Following_needs_a_sign_in_and_a_resolution_that_exists()
    {
        await using var host = await HostFactory.StartAsync(DatabaseProvider.Sqlite);
        var res054 = await host.ResolutionAsync("WCC-2020-Res-054");
        Assert.Equal(HttpStatusCode.Unauthorized, (await host.CreateClient().PutAsync($"/api/notifications/following/{res054}", null)).StatusCode);

        var reporter = await host.ApiClientAsync(DemoUsers.Reporter);
        var unknown = await reporter.PutAsync($"/api/notifications/following/{Guid.NewGuid()}", null);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("application/problem+json", unknown.Content.Headers.ContentType?.MediaType);
        Assert.Equal(0, (await reporter.GetFromJsonAsync<JsonElement>("/api/notifications/following")).GetArrayLength());
    }
}
