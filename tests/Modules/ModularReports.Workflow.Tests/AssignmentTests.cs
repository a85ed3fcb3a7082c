using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using ModularReports.BuildingBlocks.Persistence;
using ModularReports.HostTesting;

namespace ModularReports.Workflow.Tests;

public sealed class AssignmentTests
{
    private const string Workflows = "/api/admin/workflows";

    [Fact]
    public async Task Recommendations_of_a_Congress_follow_their_own_rules_while_other_reports_keep_the_default()
    {
        await using var host = await HostFactory.StartAsync(DatabaseProvider.Sqlite);
        var admin = await host.ApiClientAsync(DemoUsers.Admin);
        var reporter = await host.ApiClientAsync(DemoUsers.Reporter);
        var import = await admin.ImportAsync("resolutions", "recommendation.csv", Imports.Csv(
            "code,congress,type,number,title,title_fr,title_es,motion_number", "WCC-2020-Rec-150,WCC 2020,Recommendation,150,Protecting old-growth forests,,,"));
        Assert.Equal("Completed", import.GetProperty("status").GetString());

        var created = await admin.PostAsJsonAsync(Workflows, new { name = "Two-step review", documentKind = "activity-report", copyOf = "activity-report-review" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var key = (await created.JsonAsync()).GetProperty("key").GetString();
        Assert.Equal("two-step-review", key);
        var choice = new { documentKind = "activity-report", congress = "WCC 2020", textKind = "Recommendation", definitionKey = key };
        var unpublished = await admin.PutAsJsonAsync($"{Workflows}/assignments", choice);
        await RenameSubmitAsync(admin, key!, "Send for the first review");
        (await admin.PostAsync($"{Workflows}/{key}/publish", null)).EnsureSuccessStatusCode();
        var chosen = await admin.PutAsJsonAsync($"{Workflows}/assignments", choice);
        var otherKind = await admin.PutAsJsonAsync($"{Workflows}/assignments", choice with { documentKind = "progress-report" });

        Assert.Equal(HttpStatusCode.BadRequest, unpublished.StatusCode);
        Assert.Contains((await unpublished.JsonAsync()).GetProperty("errors").EnumerateObject(), e => e.Name.Equals("definitionKey", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(HttpStatusCode.OK, chosen.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, otherKind.StatusCode);
        Assert.Equal("Send for the first review", await SubmitLabelAsync(reporter, await host.ResolutionAsync("WCC-2020-Rec-150")));
        Assert.Equal("Submit for review", await SubmitLabelAsync(reporter, await host.ResolutionAsync("WCC-2020-Res-054")));

        var assignments = (await admin.GetFromJsonAsync<JsonElement>($"{Workflows}/assignments")).EnumerateArray().ToList();
        var fallback = assignments.Single(a => a.GetProperty("documentKind").GetString() == "activity-report" && a.GetProperty("isDefault").GetBoolean());
        var specific = assignments.Single(a => a.GetProperty("definitionKey").GetString() == key);
        Assert.Equal(HttpStatusCode.Conflict, (await admin.DeleteAsync($"{Workflows}/assignments/{fallback.GetProperty("id").GetGuid()}")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"{Workflows}/assignments/{specific.GetProperty("id").GetGuid()}")).StatusCode);
        Assert.Equal("Submit for review", await SubmitLabelAsync(reporter, await host.ResolutionAsync("WCC-2020-Rec-150")));
    }

    private static async Task RenameSubmitAsync(HttpClient admin, string key, string label)
    {
        var details = await admin.GetFromJsonAsync<JsonElement>($"{Workflows}/{key}");
        var json = JsonNode.Parse(details.GetProperty("draftJson").GetString()!)!;
        json["transitions"]!.AsArray().Single(t => t!["trigger"]!.GetValue<string>() == "submit")!["labels"]!["en"] = label;
        (await admin.PutAsJsonAsync($"{Workflows}/{key}/draft", new { json = json.ToJsonString(), version = details.GetProperty("version").GetInt32() })).EnsureSuccessStatusCode();
    }

    /// <summary>The label of the submit action on a new report of the resolution: which rules it started on.</summary>
    private static async Task<string?> SubmitLabelAsync(HttpClient reporter, Guid resolution)
    {
        var created = await reporter.PostAsJsonAsync("/api/activity-reports", new { resolutionId = resolution });
        created.EnsureSuccessStatusCode();
        var id = (await created.JsonAsync()).GetProperty("id").GetGuid();
        var actions = await reporter.GetFromJsonAsync<JsonElement>($"/api/activity-reports/{id}/actions");
        return actions.GetProperty("unavailable").EnumerateArray().Single(a => a.GetProperty("trigger").GetString() == "submit").GetProperty("label").GetString();
    }
}
