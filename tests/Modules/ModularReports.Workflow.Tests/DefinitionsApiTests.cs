using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using ModularReports.BuildingBlocks.Persistence;
using ModularReports.HostTesting;
using ModularReports.Testing;
using ModularReports.Workflow.Contracts;

namespace ModularReports.Workflow.Tests;

public sealed class DefinitionsApiTests
{
    private const string Path = "/api/admin/workflows/progress-report-review";

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_legal_check_added_and_published_applies_to_new_documents_while_started_ones_keep_their_version(DatabaseProvider provider)
    {
        Providers.RequireAvailable(provider);
        await using var host = await HostFactory.StartAsync(provider);
        var admin = await host.ApiClientAsync(DemoUsers.Admin);
        var started = await StartAsync(host);
        Assert.Equal(1, started.Version);

        var details = await admin.GetFromJsonAsync<JsonElement>(Path);
        var json = JsonNode.Parse(details.GetProperty("draftJson").GetString()!)!;
        AddLegalCheck(json);
        var saved = await admin.PutAsJsonAsync($"{Path}/draft", new { json = json.ToJsonString(), version = details.GetProperty("version").GetInt32() });
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Empty((await saved.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("draftErrors").EnumerateArray());

        var published = await admin.PostAsync($"{Path}/publish", null);
        Assert.Equal(HttpStatusCode.Created, published.StatusCode);
        Assert.Equal(2, (await published.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt32());

        var newer = await StartAsync(host);
        Assert.Equal(2, newer.Version);
        var reviewer = new WorkflowActorContext(Guid.NewGuid(), new HashSet<string> { WorkflowActors.Admin }, Guid.NewGuid(), FixedConditions.All);
        Assert.Contains("approve", await ActionsAsync(host, started with { State = "inReview" }, reviewer));
        var onNewVersion = await ActionsAsync(host, newer with { State = "inReview" }, reviewer);
        Assert.DoesNotContain("approve", onNewVersion);
        Assert.Contains("sendToLegal", onNewVersion);
        Assert.Contains("approve", await ActionsAsync(host, newer with { State = "legalCheck" }, reviewer));

        var changes = await admin.GetFromJsonAsync<JsonElement>($"{Path}/compare/1/2");
        Assert.Contains(changes.EnumerateArray(), c => c.GetProperty("kind").GetString() == "added" && c.GetProperty("subject").GetString() == "State 'Legal check'");
        var svg = await admin.GetStringAsync($"{Path}/versions/2/diagram");
        Assert.Contains("Legal check", svg, StringComparison.Ordinal);
        Assert.StartsWith("<svg", svg, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_invalid_draft_is_saved_with_its_problems_but_cannot_be_published()
    {
        await using var host = await HostFactory.StartAsync(DatabaseProvider.Sqlite);
        var admin = await host.ApiClientAsync(DemoUsers.Admin);
        var details = await admin.GetFromJsonAsync<JsonElement>(Path);
        var json = JsonNode.Parse(details.GetProperty("draftJson").GetString()!)!;
        json["transitions"]![0]!["to"] = "sumbitted";
        json["states"]![1]!["labels"]!.AsObject().Remove("es");

        var saved = await admin.PutAsJsonAsync($"{Path}/draft", new { json = json.ToJsonString(), version = details.GetProperty("version").GetInt32() });
        var problems = (await saved.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("draftErrors").EnumerateArray()
            .Select(e => $"{e.GetProperty("path").GetString()}: {e.GetProperty("message").GetString()}").ToList();
        admin.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr");
        var inFrench = (await admin.GetFromJsonAsync<JsonElement>(Path)).GetProperty("draftErrors").EnumerateArray().Select(e => e.GetProperty("message").GetString()).ToList();
        admin.DefaultRequestHeaders.AcceptLanguage.Clear();
        var publish = await admin.PostAsync($"{Path}/publish", null);
        var stale = await admin.PutAsJsonAsync($"{Path}/draft", new { json = "{}", version = details.GetProperty("version").GetInt32() });
        var notJson = await admin.PutAsJsonAsync($"{Path}/draft", new { json = "{ \"key\": ", version = (int?)null });

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Contains("$.transitions[0].to: Goes to a state that does not exist ('sumbitted'): choose one.", problems);
        Assert.Contains("$.states[1].labels.es: The text in Spanish is missing.", problems);
        Assert.Contains("Mène à un état qui n'existe pas (« sumbitted ») : choisissez-en un.", inFrench);
        Assert.Contains("Le texte en espagnol manque.", inFrench);
        Assert.Equal(HttpStatusCode.BadRequest, publish.StatusCode);
        var errors = (await publish.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("$.transitions[0].to", out _));
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var parse = (await notJson.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("draftErrors")[0].GetProperty("message").GetString();
        Assert.StartsWith("Not valid JSON", parse, StringComparison.Ordinal);
        Assert.Equal(1, (await admin.GetFromJsonAsync<JsonElement>(Path)).GetProperty("currentVersion").GetInt32());
    }

    [Fact]
    public async Task Before_publishing_the_impact_on_running_reports_is_known()
    {
        await using var host = await HostFactory.StartAsync(DatabaseProvider.Sqlite);
        var admin = await host.ApiClientAsync(DemoUsers.Admin);
        var reporter = await host.ApiClientAsync(DemoUsers.Reporter);
        (await reporter.PostAsJsonAsync("/api/activity-reports", new { resolutionId = await host.ResolutionAsync("WCC-2020-Res-054") })).EnsureSuccessStatusCode();
        const string activity = "/api/admin/workflows/activity-report-review";
        var details = await admin.GetFromJsonAsync<JsonElement>(activity);
        var json = JsonNode.Parse(details.GetProperty("draftJson").GetString()!)!;
        foreach (var node in json.AsObject().Select(p => p.Value).OfType<JsonArray>().SelectMany(a => a))
        {
            // The draft state under another identifier: reports written in it have nowhere to go.
            RenameState(node!, "draft", "writing");
        }

        (await admin.PutAsJsonAsync($"{activity}/draft", new { json = json.ToJsonString(), version = details.GetProperty("version").GetInt32() })).EnsureSuccessStatusCode();
        var impact = await admin.GetFromJsonAsync<JsonElement>($"{activity}/impact");

        Assert.Equal(0, impact.GetProperty("problems").GetInt32());
        Assert.Equal(2, impact.GetProperty("nextVersion").GetInt32());
        Assert.Equal((2, 0, 1), (impact.GetProperty("running").GetInt32(), impact.GetProperty("moves").GetInt32(), impact.GetProperty("finished").GetInt32()));
        var stuck = Assert.Single(impact.GetProperty("stuck").EnumerateArray());
        Assert.Equal("Draft", stuck.GetProperty("state").GetString());
        Assert.Contains(impact.GetProperty("changes").EnumerateArray(), c => c.GetProperty("subject").GetString() == "State 'Draft'" && c.GetProperty("kind").GetString() == "added");
    }

    private static void RenameState(JsonNode part, string from, string to)
    {
        foreach (var property in new[] { "key", "to", "state" })
        {
            if (part[property]?.GetValue<string>() == from)
            {
                part[property] = to;
            }
        }

        if (part["from"] is JsonArray leaves)
        {
            part["from"] = new JsonArray([.. leaves.Select(f => (JsonNode?)JsonValue.Create(f!.GetValue<string>() == from ? to : f.GetValue<string>()))]);
        }
    }

    private static void AddLegalCheck(JsonNode json)
    {
        var labels = new JsonObject { ["en"] = "Legal check", ["fr"] = "Contrôle juridique", ["es"] = "Control jurídico" };
        json["states"]!.AsArray().Add(new JsonObject { ["key"] = "legalCheck", ["labels"] = labels });
        foreach (var transition in json["transitions"]!.AsArray())
        {
            if (transition!["trigger"]!.GetValue<string>() == "approve")
            {
                transition["from"] = new JsonArray("legalCheck");
            }
        }

        json["transitions"]!.AsArray().Add(new JsonObject
        {
            ["trigger"] = "sendToLegal",
            ["from"] = new JsonArray("submitted", "inReview"),
            ["to"] = "legalCheck",
            ["allowedActors"] = new JsonArray("assignedFocalPoint", "admin"),
            ["excludedActors"] = new JsonArray("submitter"),
            ["labels"] = new JsonObject { ["en"] = "Send to the legal check", ["fr"] = "Envoyer au contrôle juridique", ["es"] = "Enviar al control jurídico" },
        });
    }

    private static async Task<WorkflowPosition> StartAsync(HostFactory host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IWorkflowRuntime>().StartAsync("progress-report-review", CancellationToken.None);
    }

    private static async Task<List<string>> ActionsAsync(HostFactory host, WorkflowPosition position, WorkflowActorContext actor)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var runtime = scope.ServiceProvider.GetRequiredService<IWorkflowRuntime>();
        return (await runtime.ActionsAsync(position, actor, "en", CancellationToken.None)).Available.Select(a => a.Trigger).ToList();
    }
}
