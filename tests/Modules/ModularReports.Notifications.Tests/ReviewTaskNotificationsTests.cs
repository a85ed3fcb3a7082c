using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using ModularReports.BuildingBlocks.Persistence;
using ModularReports.Reporting.Contracts;
using ModularReports.HostTesting;
using ModularReports.Testing;

namespace ModularReports.Notifications.Tests;

/// <summary>A notification that asks someone to review is done once the review is; a resolution nobody reviews reaches the admins.</summary>
public sealed class ReviewTaskNotificationsTests
{
    [Fact]
    public async Task Waiting_for_review_is_done_when_the_author_withdraws_the_submission()
    {
        await using var host = await HostFactory.StartAsync(DatabaseProvider.Sqlite);
        var reporter = await host.ApiClientAsync(DemoUsers.Reporter);
        var focalPoint = await host.ApiClientAsync(DemoUsers.FocalPoint);
        var id = await host.DraftAsync(reporter);
        (await reporter.ActAsync(id, "submit")).EnsureSuccessStatusCode();
        var waiting = (await focalPoint.WaitForNotificationsAsync(1)).GetProperty("items")[0];
        Assert.Equal(("submitted", JsonValueKind.Null), (waiting.GetProperty("kind").GetString(), waiting.GetProperty("doneAt").ValueKind));

        Assert.Equal(HttpStatusCode.OK, (await reporter.ActAsync(id, "withdraw")).StatusCode);

        // The request is done, and the focal point hears that the report went back to its author.
        var inbox = await focalPoint.WaitForNotificationsAsync(2);
        var items = inbox.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(JsonValueKind.String, items.Single(n => n.GetProperty("kind").GetString() == "submitted").GetProperty("doneAt").ValueKind);
        Assert.Contains("Draft", items.Single(n => n.GetProperty("kind").GetString() == "moved").GetProperty("title").GetString());
        Assert.Equal(1, inbox.GetProperty("unreadCount").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, (await focalPoint.GetAsync($"/api/activity-reports/{id}")).StatusCode); // a draft again
    }

    [Fact]
    public async Task A_request_to_review_handled_after_the_decision_is_done_from_the_start()
    {
        await using var host = await HostFactory.StartAsync(DatabaseProvider.Sqlite);
        var reporter = await host.ApiClientAsync(DemoUsers.Reporter);
        var focalPoint = await host.ApiClientAsync(DemoUsers.FocalPoint);
        var id = await host.DraftAsync(reporter);
        var report = await reporter.GetFromJsonAsync<JsonElement>($"/api/activity-reports/{id}");
        var (author, resolution, constituent) =
            (report.GetProperty("authorUserId").GetGuid(), report.GetProperty("resolutionId").GetGuid(), report.GetProperty("constituentId").GetGuid());
        var submittedAt = DateTimeOffset.UtcNow.AddMinutes(-5);
        ReportTransitioned Move(string from, string to, string trigger, Guid? actor, string message, string told, DateTimeOffset at) => new(
            ReportKinds.Activity, id, resolution, constituent, null, [author], from, to, trigger, null, actor, [new ReportNotice(message, [told])], at,
            "activity-report-review", 1);

        // The decision is handled first, then the submission it followed.
        var bus = host.Services.GetRequiredService<IBus>();
        await bus.Publish(Move("submitted", "accepted", "accept", null, "accepted", "author", submittedAt.AddMinutes(1)));
        Assert.Equal(1, (await reporter.WaitForNotificationsAsync(1)).GetProperty("total").GetInt32());
        await bus.Publish(Move("draft", "submitted", "submit", author, "submitted", "assignedFocalPoint", submittedAt));

        var asked = (await focalPoint.WaitForNotificationsAsync(1)).GetProperty("items")[0];
        Assert.Equal(("submitted", JsonValueKind.String), (asked.GetProperty("kind").GetString(), asked.GetProperty("doneAt").ValueKind));
    }

    [Fact]
    public async Task A_report_on_a_resolution_without_a_focal_point_reaches_the_admins()
    {
        await using var host = await HostFactory.StartAsync(DatabaseProvider.Sqlite);
        var reporter = await host.ApiClientAsync(DemoUsers.Reporter);
        var admin = await host.ApiClientAsync(DemoUsers.Admin);
        var res108 = await host.ResolutionAsync("WCC-2020-Res-108");
        var id = (await (await reporter.PostAsJsonAsync("/api/activity-reports", new { resolutionId = res108 })).JsonAsync()).GetProperty("id").GetGuid();
        (await reporter.PatchAsync(id, Reports.CompleteFields(await host.ConstituentAsync("KWS", "Member"), await host.ConstituentAsync("SSC", "Commission")), 0))
            .EnsureSuccessStatusCode();

        (await reporter.ActAsync(id, "submit")).EnsureSuccessStatusCode();

        var told = (await admin.WaitForNotificationsAsync(1)).GetProperty("items").EnumerateArray().Single(n => n.GetProperty("link").GetString() == $"/activity-reports/{id}");
        Assert.Equal("submitted", told.GetProperty("kind").GetString());
        Assert.Contains("No focal point is assigned to WCC 2020 Res 108", told.GetProperty("body").GetString());
        var tasks = await admin.GetFromJsonAsync<JsonElement>("/api/tasks");
        Assert.Contains(tasks.EnumerateArray(), t => t.GetProperty("reportId").GetGuid() == id);

        // The catalogue shows admins which resolutions have nobody to review them.
        var page = await (await host.BrowserClientAsync(DemoUsers.Admin)).GetStringAsync("/resolutions?unassigned=true");
        Assert.Contains("WCC 2020 Res 108", page);
        Assert.DoesNotContain(">WCC 2020 Res 054<", page);
        // Only an admin's page asks it: the public API does not take the filter.
        var all = await host.CreateClient().GetFromJsonAsync<JsonElement>("/api/resolutions");
        var asked = await host.CreateClient().GetFromJsonAsync<JsonElement>("/api/resolutions?withoutFocalPoint=true");
        Assert.Equal(all.GetProperty("total").GetInt32(), asked.GetProperty("total").GetInt32());
    }
}
