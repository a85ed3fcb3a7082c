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

        var diff = await admin.GetFromJsonAsync<JsonElement>($"{Path}/compare/1/2");
        Assert.Contains(diff.EnumerateArray(), l => l.GetProperty("kind").GetString() == "inserted" && l.GetProperty("text").GetString()!.Contains("legalCheck", StringComparison.Ordinal));
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
        Assert.Contains("$.states[1].labels.es: The name in Spanish is missing.", problems);
        Assert.Contains("Mène à un état qui n'existe pas (« sumbitted ») : choisissez-en un.", inFrench);
        Assert.Contains("Le nom en espagnol manque.", inFrench);
        Assert.Equal(HttpStatusCode.BadRequest, publish.StatusCode);
        var errors = (await publish.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("$.transitions[0].to", out _));
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var parse = (await notJson.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("draftErrors")[0].GetProperty("message").GetString();
        Assert.StartsWith("Not valid JSON", parse, StringComparison.Ordinal);
        Assert.Equal(1, (await admin.GetFromJsonAsync<JsonElement>(Path)).GetProperty("currentVersion").GetInt32());
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
