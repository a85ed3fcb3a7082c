using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using ModularReports.BuildingBlocks.Persistence;
using ModularReports.HostTesting;
using ModularReports.Testing;

namespace ModularReports.Reporting.Tests;

/// <summary>The review conditions a definition may use, counted from the decisions the journal records.</summary>
public sealed class ReviewConditionsTests
{
    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Accepting_can_wait_for_two_approvals_by_different_people_since_the_last_submission(DatabaseProvider provider)
    {
        Providers.RequireAvailable(provider);
        await using var host = await HostFactory.StartAsync(provider);
        await Definitions.PublishChangedAsync(host, Definitions.Activity, json => WithApprovals(json, "approvalsAtLeast(2)"));
        var (reporter, focalPoint, admin) = (await host.ApiClientAsync(DemoUsers.Reporter), await host.ApiClientAsync(DemoUsers.FocalPoint), await host.ApiClientAsync(DemoUsers.Admin));
        var id = await host.SubmittedActivityReportAsync(reporter);

        Assert.Equal(HttpStatusCode.OK, (await focalPoint.ActAsync(id, "approve")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await focalPoint.ActAsync(id, "approve")).StatusCode); // the same person twice is one approval
        var tooEarly = await focalPoint.ActAsync(id, "accept");
        Assert.Equal(HttpStatusCode.Conflict, tooEarly.StatusCode);
        Assert.DoesNotContain("accept", (await tooEarly.JsonAsync()).GetProperty("allowedActions").EnumerateArray().Select(a => a.GetString()));

        // A return and a new submission start the count again.
        Assert.Equal(HttpStatusCode.OK, (await admin.ActAsync(id, "return", "Add the figures.")).StatusCode);
        (await reporter.PatchAsync(id, new { results = "1,204 listings removed." }, await VersionAsync(reporter, id))).EnsureSuccessStatusCode();
        Assert.Equal(HttpStatusCode.OK, (await reporter.ActAsync(id, "submit")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.ActAsync(id, "approve")).StatusCode);
        Assert.DoesNotContain("accept", await TriggersAsync(focalPoint, id));
        Assert.Equal(HttpStatusCode.OK, (await focalPoint.ActAsync(id, "approve")).StatusCode);

        Assert.Contains("accept", await TriggersAsync(focalPoint, id));
        Assert.Equal(HttpStatusCode.OK, (await focalPoint.ActAsync(id, "accept")).StatusCode);
    }

    [Fact]
    public async Task Accepting_can_wait_until_every_focal_point_assigned_to_the_resolution_has_decided()
    {
        await using var host = await HostFactory.StartAsync(DatabaseProvider.Sqlite);
        await Definitions.PublishChangedAsync(host, Definitions.Activity, json => WithApprovals(json, "allAssignedReviewersDecided"));
        var (reporter, focalPoint) = (await host.ApiClientAsync(DemoUsers.Reporter), await host.ApiClientAsync(DemoUsers.FocalPoint));
        var colleague = (await host.AssignedFocalPointAsync("second.reviewer@iucn.example", "WCC-2020-Res-054")).Client;
        var id = await host.SubmittedActivityReportAsync(reporter);

        Assert.Equal(HttpStatusCode.OK, (await focalPoint.ActAsync(id, "approve")).StatusCode);
        Assert.DoesNotContain("accept", await TriggersAsync(focalPoint, id)); // the second focal point has not decided yet
        Assert.Equal(HttpStatusCode.OK, (await colleague.ActAsync(id, "approve")).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await focalPoint.ActAsync(id, "accept")).StatusCode);
    }

    [Fact]
    public async Task The_focal_point_who_submitted_a_progress_report_is_not_waited_for()
    {
        await using var host = await HostFactory.StartAsync(DatabaseProvider.Sqlite);
        await Definitions.PublishChangedAsync(host, Definitions.Progress, json =>
        {
            var transitions = json["transitions"]!.AsArray();
            transitions.Add(JsonNode.Parse("""
                { "trigger": "endorse", "from": ["submitted", "inReview"], "to": "inReview", "decision": "approve",
                  "allowedActors": ["assignedFocalPoint"], "excludedActors": ["submitter"],
                  "labels": { "en": "Endorse", "fr": "Appuyer", "es": "Respaldar" } }
                """));
            transitions.Single(t => (string)t!["trigger"]! == "approve")!["conditions"] = new JsonArray(JsonValue.Create("allAssignedReviewersDecided"));
        });
        var (focalPoint, admin) = (await host.ApiClientAsync(DemoUsers.FocalPoint), await host.ApiClientAsync(DemoUsers.Admin));
        var colleague = (await host.AssignedFocalPointAsync("second.reviewer@iucn.example", "WCC-2020-Res-054")).Client;
        var period = await host.PeriodAsync("2024", "2024-01-01", "2024-12-31", "2025-03-31");
        var created = await (await focalPoint.PostAsJsonAsync("/api/progress-reports", new { resolutionId = await host.ResolutionAsync("WCC-2020-Res-054"), periodId = period })).JsonAsync();
        var id = created.GetProperty("id").GetGuid();
        (await focalPoint.PatchProgressAsync(id, new { actionCategories = new[] { "Field activities" }, results = "## Field activities\n- Patrols.", implementationStatus = "underway" }, 0))
            .EnsureSuccessStatusCode();
        (await focalPoint.ActOnProgressAsync(id, "submit")).EnsureSuccessStatusCode();

        Assert.Equal(HttpStatusCode.Conflict, (await admin.ActOnProgressAsync(id, "approve")).StatusCode); // the colleague has not decided
        Assert.Equal(HttpStatusCode.OK, (await colleague.ActOnProgressAsync(id, "endorse")).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await admin.ActOnProgressAsync(id, "approve")).StatusCode); // the submitter could not decide, and is not waited for
    }

    /// <summary>Reviewers approve (staying in review) before the report can be accepted on <paramref name="condition"/>.</summary>
    private static void WithApprovals(JsonNode json, string condition)
    {
        var transitions = json["transitions"]!.AsArray();
        transitions.Add(JsonNode.Parse("""
            { "trigger": "approve", "from": ["submitted", "inReview"], "to": "inReview", "decision": "approve",
              "allowedActors": ["assignedFocalPoint", "admin"],
              "labels": { "en": "Approve", "fr": "Approuver", "es": "Aprobar" } }
            """));
        transitions.Single(t => (string)t!["trigger"]! == "accept")!["conditions"] = new JsonArray(JsonValue.Create(condition));
    }

    private static async Task<int> VersionAsync(HttpClient client, Guid id) =>
        (await client.GetFromJsonAsync<JsonElement>($"/api/activity-reports/{id}")).GetProperty("version").GetInt32();

    private static async Task<List<string?>> TriggersAsync(HttpClient client, Guid id) =>
        (await client.GetFromJsonAsync<JsonElement>($"/api/activity-reports/{id}/actions")).GetProperty("available").EnumerateArray().Select(a => a.GetProperty("trigger").GetString()).ToList();
}
