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
}
