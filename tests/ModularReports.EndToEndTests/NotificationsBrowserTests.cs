using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using ModularReports.BuildingBlocks.Persistence;
using ModularReports.HostTesting;

namespace ModularReports.EndToEndTests;

/// <summary>A focal point learns of a submitted report without reloading, and one click takes them to its review.</summary>
[Collection(BrowserCollection.Name)]
public sealed class NotificationsBrowserTests(BrowserFixture fixture) : IAsyncLifetime
{
    private HostFactory host = null!;

    public async Task InitializeAsync() =>
        host = await HostFactory.StartOnKestrelAsync(DatabaseProvider.Sqlite, new Dictionary<string, string?> { ["Notifications:BadgePollSeconds"] = "1" });

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task The_focal_point_sees_the_unread_count_rise_and_opens_the_notification_on_the_review_page()
    {
        var focalPoint = await fixture.Browser.OpenAsync(host);
        await focalPoint.SignInAsync(DemoUsers.FocalPoint);
        var badge = focalPoint.Locator("header a.header-badge");
        await Assertions.Expect(badge).ToContainTextAsync("Notifications");
        await Assertions.Expect(badge.Locator("[data-badge-count]")).ToBeHiddenAsync();

        // The reporter submits (through the API, in another session); the focal point's page is not reloaded.
        var reporter = await host.ApiClientAsync(DemoUsers.Reporter);
        var resolution = await host.ResolutionAsync("WCC-2020-Res-054");
        var created = await reporter.PostAsJsonAsync("/api/activity-reports", new { resolutionId = resolution });
        var id = (await created.JsonAsync()).GetProperty("id").GetGuid();
        var fields = Reports.CompleteFields(await host.ConstituentAsync("KWS", "Member"), await host.ConstituentAsync("SSC", "Commission"));
        (await reporter.PatchAsync(id, fields, 0)).EnsureSuccessStatusCode();
        (await reporter.ActAsync(id, "submit")).EnsureSuccessStatusCode();
        await Assertions.Expect(badge.Locator("[data-badge-count]")).ToHaveTextAsync("1", new() { Timeout = 15_000 });
        await Assertions.Expect(badge).ToHaveAccessibleNameAsync(new Regex("Notifications\\s+1\\s*unread"));

        await badge.ClickAsync();
        await Assertions.Expect(focalPoint.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Notifications");
        await Assertions.Expect(focalPoint.GetByRole(AriaRole.Status).First).ToHaveTextAsync("Unread: 1");
        var accessibility = await focalPoint.RunAxe();
        Assert.Empty(accessibility.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"{v.Id}: {v.Help}"));

        await focalPoint.GetByRole(AriaRole.Link, new() { Name = "WCC 2020 Res 054: activity report submitted for your review" }).ClickAsync();
        await Assertions.Expect(focalPoint).ToHaveURLAsync(new Regex($"/activity-reports/{id}$"));
        await Assertions.Expect(focalPoint.GetByRole(AriaRole.Button, new() { Name = "Accept" })).ToBeVisibleAsync();
        await Assertions.Expect(badge.Locator("[data-badge-count]")).ToBeHiddenAsync(); // read now
    }

    [Fact]
    public async Task A_reader_follows_a_resolution_from_its_page_and_hears_of_its_next_publication()
    {
        var resolution = await host.ResolutionAsync("WCC-2020-Res-054");
        var admin = await fixture.Browser.OpenAsync(host);
        await admin.SignInAsync(DemoUsers.Admin);
        await admin.GotoAsync($"/resolutions/{resolution}");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Follow this resolution" }).ClickAsync();
        await Assertions.Expect(admin).ToHaveURLAsync(new Regex($"/resolutions/{resolution}$"));
        await Assertions.Expect(admin.GetByRole(AriaRole.Status)).ToContainTextAsync("You follow this resolution");
        await Assertions.Expect(admin.GetByRole(AriaRole.Button, new() { Name = "Stop following" })).ToBeVisibleAsync();

        // A report on it is accepted, which publishes it: the follower's badge rises, and the notification opens the public page.
        var reporter = await host.ApiClientAsync(DemoUsers.Reporter);
        var created = await reporter.PostAsJsonAsync("/api/activity-reports", new { resolutionId = resolution });
        var id = (await created.JsonAsync()).GetProperty("id").GetGuid();
        var fields = Reports.CompleteFields(await host.ConstituentAsync("KWS", "Member"), await host.ConstituentAsync("SSC", "Commission"));
        (await reporter.PatchAsync(id, fields, 0)).EnsureSuccessStatusCode();
        (await reporter.ActAsync(id, "submit")).EnsureSuccessStatusCode();
        (await (await host.ApiClientAsync(DemoUsers.FocalPoint)).ActAsync(id, "accept")).EnsureSuccessStatusCode();
        var badge = admin.Locator("header a.header-badge");
        await Assertions.Expect(badge.Locator("[data-badge-count]")).ToHaveTextAsync("1", new() { Timeout = 15_000 });
        await badge.ClickAsync();
        await admin.GetByRole(AriaRole.Link, new() { Name = "WCC 2020 Res 054: a new activity report is published" }).ClickAsync();
        await Assertions.Expect(admin).ToHaveURLAsync(new Regex($"/reports/activity/{id}$"));

        // The notifications page leads to the followed resolutions, where following stops.
        await admin.GotoAsync("/notifications");
        await admin.GetByRole(AriaRole.Link, new() { Name = "See the resolutions you follow" }).ClickAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Resolutions you follow");
        var accessibility = await admin.RunAxe();
        Assert.Empty(accessibility.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"{v.Id}: {v.Help}"));
        await admin.GetByRole(AriaRole.Button, new() { Name = "Stop following: WCC 2020 Res 054" }).ClickAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Status)).ToHaveTextAsync("You no longer follow WCC 2020 Res 054.");
        await Assertions.Expect(admin.GetByText("You follow no resolution.", new() { Exact = false })).ToBeVisibleAsync();
    }
}
