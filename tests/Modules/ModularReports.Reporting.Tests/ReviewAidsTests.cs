using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ModularReports.BuildingBlocks.Persistence;
using ModularReports.HostTesting;

namespace ModularReports.Reporting.Tests;

public sealed class ReviewAidsTests
{
    [Fact]
    public async Task A_reviewer_sees_field_by_field_what_a_resubmission_changed()
    {
        await using var host = await HostFactory.StartAsync(DatabaseProvider.Sqlite);
        var reporter = await host.ApiClientAsync(DemoUsers.Reporter);
        var focalPoint = await host.ApiClientAsync(DemoUsers.FocalPoint);
        var id = (await (await reporter.PostAsJsonAsync("/api/activity-reports", new { resolutionId = await host.ResolutionAsync("WCC-2020-Res-054") })).JsonAsync()).GetProperty("id").GetGuid();
        (await reporter.PatchAsync(id, Reports.CompleteFields(await host.ConstituentAsync("KWS", "Member"), await host.ConstituentAsync("SSC", "Commission")), 0)).EnsureSuccessStatusCode();
        (await reporter.ActAsync(id, "submit")).EnsureSuccessStatusCode();
        (await focalPoint.ActAsync(id, "return", "Quantify the results.")).EnsureSuccessStatusCode();
        var version = (await reporter.GetFromJsonAsync<JsonElement>($"/api/activity-reports/{id}")).GetProperty("version").GetInt32();
        (await reporter.PatchAsync(id, new { results = "1,204 listings removed.", challenges = (string?)null }, version)).EnsureSuccessStatusCode();
        (await reporter.ActAsync(id, "submit")).EnsureSuccessStatusCode();

        var changes = await focalPoint.GetFromJsonAsync<JsonElement>($"/api/activity-reports/{id}/versions/2/changes");
        var first = await focalPoint.GetFromJsonAsync<JsonElement>($"/api/activity-reports/{id}/versions/1/changes");

        Assert.Equal(["results", "challenges"], changes.EnumerateArray().Select(c => c.GetProperty("field").GetString()));
        Assert.Equal("Three platforms removed listings of protected species.", changes[0].GetProperty("before").GetString());
        Assert.Equal("1,204 listings removed.", changes[0].GetProperty("after").GetString());
        Assert.Equal(JsonValueKind.Null, changes[1].GetProperty("after").ValueKind);
        Assert.Equal(11, first.GetArrayLength()); // the first submission against an empty report: every field filled in
        Assert.Equal(HttpStatusCode.NotFound, (await focalPoint.GetAsync($"/api/activity-reports/{id}/versions/3/changes")).StatusCode);
    }

    [Fact]
    public async Task A_colleague_added_as_co_author_edits_the_report_and_only_colleagues_can_be_added()
    {
        await using var host = await HostFactory.StartAsync(DatabaseProvider.Sqlite);
        var reporter = await host.ApiClientAsync(DemoUsers.Reporter);
        var nwc = await host.ConstituentAsync("NWC", "Member");
        var (colleagueId, colleague) = await host.CreateUserAsync("ana@nwc.example", ["Reporter"], nwc);
        var (strangerId, _) = await host.CreateUserAsync("lee@kws.example", ["Reporter"], await host.ConstituentAsync("KWS", "Member"));
        var (outsiderId, outsider) = await host.CreateUserAsync("sam@nwc.example", ["FocalPoint"], nwc);
        var id = (await (await reporter.PostAsJsonAsync("/api/activity-reports", new { resolutionId = await host.ResolutionAsync("WCC-2020-Res-054") })).JsonAsync()).GetProperty("id").GetGuid();

        var stranger = await reporter.PostAsJsonAsync($"/api/activity-reports/{id}/co-authors", new { userId = strangerId });
        var notAReporter = await reporter.PostAsJsonAsync($"/api/activity-reports/{id}/co-authors", new { userId = outsiderId });
        var added = await reporter.PostAsJsonAsync($"/api/activity-reports/{id}/co-authors", new { userId = colleagueId });
        var afterAdding = await added.JsonAsync();
        var colleagueAddsSomeone = await colleague.PostAsJsonAsync($"/api/activity-reports/{id}/co-authors", new { userId = colleagueId });
        var edit = await colleague.PatchAsync(id, new { geographicScope = "Kenya" }, afterAdding.GetProperty("version").GetInt32() + 1);

        Assert.Equal(HttpStatusCode.BadRequest, stranger.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, notAReporter.StatusCode);
        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        Assert.Equal([colleagueId], afterAdding.GetProperty("coAuthorIds").EnumerateArray().Select(e => e.GetGuid()));
        Assert.Equal(HttpStatusCode.OK, colleagueAddsSomeone.StatusCode); // a co-author has the author's rights
        Assert.Equal(HttpStatusCode.OK, edit.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/api/activity-reports/{id}")).StatusCode);
    }
}

public sealed class TasksTests
{
    [Fact]
    public async Task Each_person_s_inbox_lists_the_reports_waiting_for_them_oldest_first()
    {
        await using var host = await HostFactory.StartAsync(DatabaseProvider.Sqlite);
        var reporter = await host.ApiClientAsync(DemoUsers.Reporter);
        var focalPoint = await host.ApiClientAsync(DemoUsers.FocalPoint);
        var fields = Reports.CompleteFields(await host.ConstituentAsync("KWS", "Member"), await host.ConstituentAsync("SSC", "Commission"));
        var res054 = await host.ResolutionAsync("WCC-2020-Res-054");
        var res108 = await host.ResolutionAsync("WCC-2020-Res-108"); // the demo focal point is not assigned to it

        async Task<Guid> SubmittedAsync(Guid resolution)
        {
            var id = (await (await reporter.PostAsJsonAsync("/api/activity-reports", new { resolutionId = resolution })).JsonAsync()).GetProperty("id").GetGuid();
            (await reporter.PatchAsync(id, fields, 0)).EnsureSuccessStatusCode();
            (await reporter.ActAsync(id, "submit")).EnsureSuccessStatusCode();
            return id;
        }

        var older = await SubmittedAsync(res054);
        var elsewhere = await SubmittedAsync(res108);
        var newer = await SubmittedAsync(res054);
        var draft = (await (await reporter.PostAsJsonAsync("/api/activity-reports", new { resolutionId = res054 })).JsonAsync()).GetProperty("id").GetGuid();
        var incomplete = (await (await reporter.PostAsJsonAsync("/api/activity-reports", new { resolutionId = res054 })).JsonAsync()).GetProperty("id").GetGuid();
        (await reporter.PatchAsync(draft, fields, 0)).EnsureSuccessStatusCode(); // ready to submit

        var reviewTasks = await focalPoint.GetFromJsonAsync<JsonElement>("/api/tasks");
        var writingTasks = await reporter.GetFromJsonAsync<JsonElement>("/api/tasks");

        Assert.Equal([older, newer], reviewTasks.EnumerateArray().Select(t => t.GetProperty("reportId").GetGuid()));
        Assert.Equal(["startReview", "accept", "return"], reviewTasks[0].GetProperty("actions").EnumerateArray().Select(a => a.GetProperty("trigger").GetString()));
        Assert.DoesNotContain(elsewhere, reviewTasks.EnumerateArray().Select(t => t.GetProperty("reportId").GetGuid()));
        // Both drafts: finishing and submitting them is the reporter's work, even before the incomplete one can be submitted.
        Assert.Equal([incomplete, draft], writingTasks.EnumerateArray().Select(t => t.GetProperty("reportId").GetGuid()));
        Assert.All(writingTasks.EnumerateArray(), t => Assert.Equal(["submit"], t.GetProperty("actions").EnumerateArray().Select(a => a.GetProperty("trigger").GetString())));
    }
}

public sealed class MigrationTests
{
    [Fact]
    public async Task Running_reports_move_to_a_new_version_only_where_their_state_still_exists_and_the_move_is_journaled()
    {
        await using var host = await HostFactory.StartAsync(DatabaseProvider.Sqlite);
        var reporter = await host.ApiClientAsync(DemoUsers.Reporter);
        var focalPoint = await host.ApiClientAsync(DemoUsers.FocalPoint);
        var admin = await host.ApiClientAsync(DemoUsers.Admin);
        var fields = Reports.CompleteFields(await host.ConstituentAsync("KWS", "Member"), await host.ConstituentAsync("SSC", "Commission"));
        var res054 = await host.ResolutionAsync("WCC-2020-Res-054");

        async Task<Guid> ReportInAsync(params string[] reviewSteps)
        {
            var id = (await (await reporter.PostAsJsonAsync("/api/activity-reports", new { resolutionId = res054 })).JsonAsync()).GetProperty("id").GetGuid();
            (await reporter.PatchAsync(id, fields, 0)).EnsureSuccessStatusCode();
            (await reporter.ActAsync(id, "submit")).EnsureSuccessStatusCode();
            foreach (var step in reviewSteps)
            {
                (await focalPoint.ActAsync(id, step)).EnsureSuccessStatusCode();
            }

            return id;
        }

        var submitted = await ReportInAsync();
        var inReview = await ReportInAsync("startReview");
        var accepted = await ReportInAsync("accept");

        // Version 2 drops the separate "in review" step: reviewers accept or return straight from "submitted".
        const string path = "/api/admin/workflows/activity-report-review";
        var details = await admin.GetFromJsonAsync<JsonElement>(path);
        var json = System.Text.Json.Nodes.JsonNode.Parse(details.GetProperty("draftJson").GetString()!)!;
        var states = json["states"]!.AsArray();
        states.Remove(states.Single(s => s!["key"]!.GetValue<string>() == "inReview"));
        var transitions = json["transitions"]!.AsArray();
        transitions.Remove(transitions.Single(t => t!["trigger"]!.GetValue<string>() == "startReview"));
        foreach (var transition in transitions)
        {
            transition!["from"] = new System.Text.Json.Nodes.JsonArray(transition["from"]!.AsArray().Select(f => f!.GetValue<string>()).Where(f => f != "inReview").Select(f => (System.Text.Json.Nodes.JsonNode)f!).ToArray());
        }

        (await admin.PutAsJsonAsync($"{path}/draft", new { json = json.ToJsonString(), version = details.GetProperty("version").GetInt32() })).EnsureSuccessStatusCode();
        (await admin.PostAsync($"{path}/publish", null)).EnsureSuccessStatusCode();

        var dryRun = await admin.GetFromJsonAsync<JsonElement>($"{path}/migration?to=2");
        var lines = dryRun.EnumerateArray().ToDictionary(l => l.GetProperty("documentId").GetGuid(), l => (l.GetProperty("canMigrate").GetBoolean(), l.GetProperty("migrated").GetBoolean()));
        Assert.Equal(2, lines.Count); // the accepted report is finished: it keeps its version
        Assert.Equal((true, false), lines[submitted]);
        Assert.Equal((false, false), lines[inReview]);
        Assert.Equal(1, (await reporter.GetFromJsonAsync<JsonElement>($"/api/activity-reports/{submitted}")).GetProperty("workflowVersion").GetInt32());

        var applied = await admin.PostAsync($"{path}/migration?to=2", null);
        var after = (await applied.JsonAsync()).EnumerateArray().ToDictionary(l => l.GetProperty("documentId").GetGuid(), l => l.GetProperty("migrated").GetBoolean());

        Assert.True(after[submitted]);
        Assert.False(after[inReview]);
        Assert.Equal(2, (await reporter.GetFromJsonAsync<JsonElement>($"/api/activity-reports/{submitted}")).GetProperty("workflowVersion").GetInt32());
        Assert.Equal(1, (await reporter.GetFromJsonAsync<JsonElement>($"/api/activity-reports/{inReview}")).GetProperty("workflowVersion").GetInt32());
        Assert.Equal(1, (await reporter.GetFromJsonAsync<JsonElement>($"/api/activity-reports/{accepted}")).GetProperty("workflowVersion").GetInt32());
        var journal = await reporter.GetFromJsonAsync<JsonElement>($"/api/activity-reports/{submitted}/journal");
        Assert.Equal("migrate", journal[journal.GetArrayLength() - 1].GetProperty("trigger").GetString());
        Assert.Equal(["accept", "return"], (await focalPoint.GetFromJsonAsync<JsonElement>($"/api/activity-reports/{submitted}/actions")).GetProperty("available").EnumerateArray().Select(a => a.GetProperty("trigger").GetString()));
    }
}

public sealed class TimedTransitionTests
{
    [Fact]
    public async Task A_timer_fires_its_transition_as_the_system_through_the_same_guards_and_journal()
    {
        await using var host = await HostFactory.StartAsync(DatabaseProvider.Sqlite);
        var reporter = await host.ApiClientAsync(DemoUsers.Reporter);
        var admin = await host.ApiClientAsync(DemoUsers.Admin);

        // Version 2: a submitted report nobody looks at is accepted by the system after two seconds.
        const string path = "/api/admin/workflows/activity-report-review";
        var details = await admin.GetFromJsonAsync<JsonElement>(path);
        var json = System.Text.Json.Nodes.JsonNode.Parse(details.GetProperty("draftJson").GetString()!)!;
        foreach (var transition in json["transitions"]!.AsArray().Where(t => t!["trigger"]!.GetValue<string>() == "accept"))
        {
            transition!["allowedActors"]!.AsArray().Add("system");
        }

        json["timers"]!.AsArray().Add(new System.Text.Json.Nodes.JsonObject { ["state"] = "submitted", ["after"] = "PT2S", ["action"] = "fire", ["trigger"] = "accept" });
        (await admin.PutAsJsonAsync($"{path}/draft", new { json = json.ToJsonString(), version = details.GetProperty("version").GetInt32() })).EnsureSuccessStatusCode();
        (await admin.PostAsync($"{path}/publish", null)).EnsureSuccessStatusCode();

        var id = (await (await reporter.PostAsJsonAsync("/api/activity-reports", new { resolutionId = await host.ResolutionAsync("WCC-2020-Res-054") })).JsonAsync()).GetProperty("id").GetGuid();
        (await reporter.PatchAsync(id, Reports.CompleteFields(await host.ConstituentAsync("KWS", "Member"), await host.ConstituentAsync("SSC", "Commission")), 0)).EnsureSuccessStatusCode();
        (await reporter.ActAsync(id, "submit")).EnsureSuccessStatusCode();

        var deadline = DateTime.UtcNow.AddSeconds(20);
        var state = "submitted";
        while (DateTime.UtcNow < deadline && state != "accepted")
        {
            await Task.Delay(250);
            state = (await reporter.GetFromJsonAsync<JsonElement>($"/api/activity-reports/{id}")).GetProperty("state").GetString()!;
        }

        Assert.Equal("accepted", state);
        var journal = await reporter.GetFromJsonAsync<JsonElement>($"/api/activity-reports/{id}/journal");
        var last = journal[journal.GetArrayLength() - 1];
        Assert.Equal("accept", last.GetProperty("trigger").GetString());
        Assert.Equal(JsonValueKind.Null, last.GetProperty("actorUserId").ValueKind); // the system
        Assert.Equal(2, last.GetProperty("definitionVersion").GetInt32());
    }
}
