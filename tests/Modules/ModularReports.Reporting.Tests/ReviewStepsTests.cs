using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ModularReports.BuildingBlocks.Persistence;
using ModularReports.HostTesting;

namespace ModularReports.Reporting.Tests;

public sealed class ReviewStepsTests
{
    [Fact]
    public async Task Reviewers_share_one_queue_taking_giving_and_letting_go_review_steps_each_journaled()
    {
        await using var host = await HostFactory.StartAsync(DatabaseProvider.Sqlite);
        var reporter = await host.ApiClientAsync(DemoUsers.Reporter);
        var focalPoint = await host.ApiClientAsync(DemoUsers.FocalPoint);
        var (colleagueId, colleague) = await host.AssignedFocalPointAsync("second.reviewer@iucn.example", "WCC-2020-Res-054");
        var id = await host.SubmittedActivityReportAsync(reporter);
        var step = $"/api/activity-reports/{id}/review-step";

        var open = await TaskAsync(focalPoint, id);
        var taken = await focalPoint.PutAsJsonAsync(step, new { });
        var seenByColleague = await TaskAsync(colleague, id);
        var takenAgain = await colleague.PutAsJsonAsync(step, new { });
        var byReporter = await reporter.PutAsJsonAsync(step, new { });
        var toReporter = await focalPoint.PutAsJsonAsync(step, new { assigneeUserId = (await reporter.GetFromJsonAsync<JsonElement>("/api/me")).GetProperty("id").GetGuid() });
        var given = await focalPoint.PutAsJsonAsync(step, new { assigneeUserId = colleagueId });
        var released = await colleague.DeleteAsync(step);
        var releasedAgain = await colleague.DeleteAsync(step);
        (await colleague.PutAsJsonAsync(step, new { })).EnsureSuccessStatusCode();
        (await colleague.ActAsync(id, "accept")).EnsureSuccessStatusCode();

        Assert.True(open.GetProperty("review").GetBoolean());
        Assert.Equal(JsonValueKind.Null, open.GetProperty("holderId").ValueKind);
        Assert.Equal(HttpStatusCode.NoContent, taken.StatusCode);
        Assert.Equal("Fatou Focal Point", seenByColleague.GetProperty("holder").GetString());
        Assert.Equal(HttpStatusCode.Conflict, takenAgain.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byReporter.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, toReporter.StatusCode);
        Assert.Equal((HttpStatusCode.NoContent, HttpStatusCode.NoContent, HttpStatusCode.Conflict), (given.StatusCode, released.StatusCode, releasedAgain.StatusCode));
        var journal = (await focalPoint.GetFromJsonAsync<JsonElement>($"/api/activity-reports/{id}/journal")).EnumerateArray().ToList();
        Assert.Equal(["submit", "claim", "assign", "release", "claim", "accept"], journal.Select(j => j.GetProperty("trigger").GetString()));
        Assert.Equal(colleagueId, journal[2].GetProperty("assigneeUserId").GetGuid());
        var done = (await colleague.GetFromJsonAsync<JsonElement>("/api/tasks/done")).EnumerateArray().Single(d => d.GetProperty("reportId").GetGuid() == id);
        Assert.Equal("Accept", done.GetProperty("action").GetString());
    }

    [Fact]
    public async Task Several_activity_reports_are_accepted_at_once_with_one_comment_each_checked_on_its_own()
    {
        await using var host = await HostFactory.StartAsync(DatabaseProvider.Sqlite);
        var reporter = await host.ApiClientAsync(DemoUsers.Reporter);
        var focalPoint = await host.ApiClientAsync(DemoUsers.FocalPoint);
        var first = await host.SubmittedActivityReportAsync(reporter);
        var second = await host.SubmittedActivityReportAsync(reporter);
        var draft = (await (await reporter.PostAsJsonAsync("/api/activity-reports", new { resolutionId = await host.ResolutionAsync("WCC-2020-Res-054") })).JsonAsync())
            .GetProperty("id").GetGuid();

        var batch = await focalPoint.PostAsJsonAsync("/api/tasks/activity-report/batch/accept", new { ids = new[] { first, second, draft }, comment = "Clear, thank you." });
        var empty = await focalPoint.PostAsJsonAsync("/api/tasks/activity-report/batch/accept", new { ids = Array.Empty<Guid>() });

        var outcomes = (await batch.JsonAsync()).EnumerateArray().ToDictionary(o => o.GetProperty("id").GetGuid(), o => o.GetProperty("done").GetBoolean());
        Assert.Equal(new Dictionary<Guid, bool> { [first] = true, [second] = true, [draft] = false }, outcomes);
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        var accepted = (await focalPoint.GetFromJsonAsync<JsonElement>($"/api/activity-reports/{second}/journal")).EnumerateArray().Last();
        Assert.Equal(("accept", "Clear, thank you."), (accepted.GetProperty("trigger").GetString(), accepted.GetProperty("comment").GetString()));
    }

    [Fact]
    public async Task A_review_step_is_due_the_time_the_rules_give_its_reviewers()
    {
        await using var host = await HostFactory.StartAsync(DatabaseProvider.Sqlite);
        var admin = await host.ApiClientAsync(DemoUsers.Admin);
        const string rules = "/api/admin/workflows/activity-report-review";
        var details = await admin.GetFromJsonAsync<JsonElement>(rules);
        var json = System.Text.Json.Nodes.JsonNode.Parse(details.GetProperty("draftJson").GetString()!)!;
        json["states"]!.AsArray().Single(s => (string)s!["key"]! == "submitted")!["dueAfter"] = "P7D";
        (await admin.PutAsJsonAsync($"{rules}/draft", new { json = json.ToJsonString(), version = details.GetProperty("version").GetInt32() })).EnsureSuccessStatusCode();
        (await admin.PostAsync($"{rules}/publish", null)).EnsureSuccessStatusCode();
        var id = await host.SubmittedActivityReportAsync(await host.ApiClientAsync(DemoUsers.Reporter));

        var task = await TaskAsync(await host.ApiClientAsync(DemoUsers.FocalPoint), id);

        var submitted = (await (await host.ApiClientAsync(DemoUsers.FocalPoint)).GetFromJsonAsync<JsonElement>($"/api/activity-reports/{id}/journal")).EnumerateArray().Last();
        Assert.Equal(DateOnly.FromDateTime(submitted.GetProperty("at").GetDateTime().AddDays(7)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), task.GetProperty("dueOn").GetString());
        Assert.Equal("None", task.GetProperty("deadline").GetString());
    }

    private static async Task<JsonElement> TaskAsync(HttpClient client, Guid id) =>
        (await client.GetFromJsonAsync<JsonElement>("/api/tasks")).EnumerateArray().Single(t => t.GetProperty("reportId").GetGuid() == id);
}
