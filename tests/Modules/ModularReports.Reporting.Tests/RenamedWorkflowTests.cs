using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ModularReports.BuildingBlocks.Persistence;
using ModularReports.HostTesting;
using ModularReports.Testing;

namespace ModularReports.Reporting.Tests;

/// <summary>
/// The code gives no meaning to the names of states and triggers: an admin who renames every one of them in both
/// definitions still gets the whole story, with drafts hidden from reviewers, submitted versions kept, the right
/// messages, consolidation and publication.
/// </summary>
public sealed class RenamedWorkflowTests
{
    private static string Renamed(string name) => $"r{char.ToUpperInvariant(name[0])}{name[1..]}X";

    [Fact]
    public async Task The_whole_story_runs_on_definitions_whose_every_state_and_trigger_is_renamed()
    {
        await using var host = await HostFactory.StartAsync(DatabaseProvider.Sqlite);
        await Definitions.PublishChangedAsync(host, Definitions.Activity, json => Definitions.RenameEverything(json, Renamed));
        await Definitions.PublishChangedAsync(host, Definitions.Progress, json => Definitions.RenameEverything(json, Renamed));
        var reporter = await host.ApiClientAsync(DemoUsers.Reporter);
        var focalPoint = await host.ApiClientAsync(DemoUsers.FocalPoint);
        var admin = await host.ApiClientAsync(DemoUsers.Admin);
        var res054 = await host.ResolutionAsync("WCC-2020-Res-054");
        var period = await host.PeriodAsync("2024", "2024-01-01", "2024-12-31", "2025-03-31");

        // The author's draft is not the reviewers' business, whatever its state is called.
        var created = await (await reporter.PostAsJsonAsync("/api/activity-reports", new { resolutionId = res054 })).JsonAsync();
        var id = created.GetProperty("id").GetGuid();
        Assert.Equal(("rDraftX", 2), (created.GetProperty("state").GetString(), created.GetProperty("workflowVersion").GetInt32()));
        Assert.Equal(HttpStatusCode.NotFound, (await focalPoint.GetAsync($"/api/activity-reports/{id}")).StatusCode);
        Assert.DoesNotContain(id, await IdsAsync(focalPoint, "/api/activity-reports"));

        (await reporter.PatchAsync(id, Reports.CompleteFields(await host.ConstituentAsync("KWS", "Member"), await host.ConstituentAsync("SSC", "Commission")), 0))
            .EnsureSuccessStatusCode();
        var actions = await reporter.GetFromJsonAsync<JsonElement>($"/api/activity-reports/{id}/actions");
        var submit = actions.GetProperty("available")[0];
        Assert.Equal(("rSubmitX", true), (submit.GetProperty("trigger").GetString(), submit.GetProperty("primary").GetBoolean()));
        Assert.Equal(HttpStatusCode.OK, (await reporter.ActAsync(id, "rSubmitX")).StatusCode);

        // Submitted: the version is kept, the reviewers see it and are told it waits for them.
        Assert.Single((await focalPoint.GetFromJsonAsync<JsonElement>($"/api/activity-reports/{id}/versions")).EnumerateArray());
        Assert.Contains(id, await IdsAsync(focalPoint, "/api/activity-reports"));
        Assert.True(await Eventually.HoldsAsync(async () => (await KindsAsync(focalPoint)).Contains("submitted"), TimeSpan.FromSeconds(10)));
        Assert.Equal(HttpStatusCode.OK, (await focalPoint.ActAsync(id, "rAcceptX")).StatusCode);
        Assert.True(await Eventually.HoldsAsync(async () => (await KindsAsync(reporter)).Contains("accepted"), TimeSpan.FromSeconds(10)));

        // The accepted report feeds the progress report, which is approved by someone else and published.
        var progress = await (await focalPoint.PostAsJsonAsync("/api/progress-reports", new { resolutionId = res054, periodId = period })).JsonAsync();
        var progressId = progress.GetProperty("id").GetGuid();
        Assert.Equal("rDraftX", progress.GetProperty("state").GetString());
        var consolidated = await (await focalPoint.PostAsync($"/api/progress-reports/{progressId}/consolidate", null)).JsonAsync();
        Assert.Contains(id, consolidated.GetProperty("report").GetProperty("sources").EnumerateArray().Select(s => s.GetProperty("reportId").GetGuid()));
        (await focalPoint.PatchProgressAsync(progressId, new { implementationStatus = "underway" }, consolidated.GetProperty("report").GetProperty("version").GetInt32()))
            .EnsureSuccessStatusCode();
        Assert.Equal(HttpStatusCode.OK, (await focalPoint.ActOnProgressAsync(progressId, "rSubmitX")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await focalPoint.ActOnProgressAsync(progressId, "rApproveX")).StatusCode); // four eyes
        Assert.Equal(HttpStatusCode.OK, (await admin.ActOnProgressAsync(progressId, "rApproveX")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.ActOnProgressAsync(progressId, "rPublishX")).StatusCode);

        var published = await host.CreateClient().GetFromJsonAsync<JsonElement>($"/api/public/progress-reports/{progressId}");
        Assert.Equal("WCC 2020 Res 054 - Progress Report", published.GetProperty("title").GetString());
        Assert.True(await Eventually.HoldsAsync(async () => (await KindsAsync(focalPoint)).Contains("approved") || (await KindsAsync(focalPoint)).Contains("published"), TimeSpan.FromSeconds(10)));
        var tasks = await focalPoint.GetFromJsonAsync<JsonElement>("/api/tasks");
        Assert.DoesNotContain(tasks.EnumerateArray(), t => t.GetProperty("reportId").GetGuid() == progressId); // finished: nothing more to do
    }

    private static async Task<List<Guid>> IdsAsync(HttpClient client, string path) =>
        (await client.GetFromJsonAsync<JsonElement>(path)).GetProperty("items").EnumerateArray().Select(r => r.GetProperty("id").GetGuid()).ToList();

    private static async Task<List<string?>> KindsAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<JsonElement>("/api/notifications")).GetProperty("items").EnumerateArray().Select(n => n.GetProperty("kind").GetString()).ToList();
}
