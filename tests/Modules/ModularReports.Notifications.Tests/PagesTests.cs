using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ModularReports.BuildingBlocks.Persistence;
using ModularReports.HostTesting;

namespace ModularReports.Notifications.Tests;

/// <summary>The notifications page and the admins' deliveries page, as a browser uses them (cookies, forms, antiforgery).</summary>
public sealed class PagesTests
{
    [Fact]
    public async Task A_person_reads_marks_and_chooses_on_the_notifications_page_and_only_admins_see_deliveries()
    {
        await using var host = await HostFactory.StartAsync(DatabaseProvider.Sqlite);
        Assert.Equal(HttpStatusCode.Redirect, (await (await host.BrowserClientAsync()).GetAsync("/notifications")).StatusCode); // sign in first

        var reporter = await host.ApiClientAsync(DemoUsers.Reporter);
        var id = await host.DraftAsync(reporter);
        (await reporter.ActAsync(id, "submit")).EnsureSuccessStatusCode();
        var focalPointApi = await host.ApiClientAsync(DemoUsers.FocalPoint);
        var notification = (await focalPointApi.WaitForNotificationsAsync(1)).GetProperty("items")[0].GetProperty("id").GetGuid();

        var focalPoint = await host.BrowserClientAsync(DemoUsers.FocalPoint);
        var page = await focalPoint.GetStringAsync("/notifications");
        Assert.Contains("WCC 2020 Res 054: activity report submitted for your review", page, StringComparison.Ordinal);
        Assert.Contains("Unread: 1", page, StringComparison.Ordinal);
        Assert.Contains("data-badge-count>1<", page.Replace(" ", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Equal(1, (await focalPoint.GetFromJsonAsync<JsonElement>("/notifications?handler=UnreadCount")).GetProperty("count").GetInt32());

        var read = await focalPoint.PostFormAsync("/notifications?handler=Read", new() { ["id"] = notification.ToString() }, "/notifications");
        Assert.Equal(HttpStatusCode.Redirect, read.StatusCode);
        Assert.Equal(0, (await focalPoint.GetFromJsonAsync<JsonElement>("/notifications?handler=UnreadCount")).GetProperty("count").GetInt32());

        // Opening goes to the report, and someone else's notification cannot be opened.
        var opened = await focalPoint.GetAsync($"/notifications/{notification}/open");
        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        Assert.Equal($"/activity-reports/{id}", opened.Headers.Location!.OriginalString);
        var reporterPages = await host.BrowserClientAsync(DemoUsers.Reporter);
        Assert.Equal(HttpStatusCode.NotFound, (await reporterPages.GetAsync($"/notifications/{notification}/open")).StatusCode);

        var saved = await focalPoint.PostFormAsync("/notifications?handler=Preferences", new() { ["emailMode"] = "dailyDigest" }, "/notifications");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("dailyDigest", (await focalPointApi.GetFromJsonAsync<JsonElement>("/api/notifications/preferences")).GetProperty("emailMode").GetString());

        Assert.NotEqual(HttpStatusCode.OK, (await reporterPages.GetAsync("/admin/email-deliveries")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await (await host.BrowserClientAsync(DemoUsers.Admin)).GetAsync("/admin/email-deliveries?status=sent")).StatusCode);
    }
}
