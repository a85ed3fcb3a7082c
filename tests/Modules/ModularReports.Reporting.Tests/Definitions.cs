using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using ModularReports.HostTesting;

namespace ModularReports.Reporting.Tests;

/// <summary>An admin changes a workflow definition through the API and publishes it as the next version.</summary>
internal static class Definitions
{
    public const string Activity = "activity-report-review";
    public const string Progress = "progress-report-review";

    public static async Task PublishChangedAsync(HostFactory host, string key, Action<JsonNode> change)
    {
        var admin = await host.ApiClientAsync(DemoUsers.Admin);
        var path = $"/api/admin/workflows/{key}";
        var details = await admin.GetFromJsonAsync<JsonElement>(path);
        var json = JsonNode.Parse(details.GetProperty("draftJson").GetString()!)!;
        change(json);
        var saved = await admin.PutAsJsonAsync($"{path}/draft", new { json = json.ToJsonString(), version = details.GetProperty("version").GetInt32() });
        var errors = (await saved.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("draftErrors");
        Assert.True(errors.GetArrayLength() == 0, errors.ToString());
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsync($"{path}/publish", null)).StatusCode);
    }

    /// <summary>Every state and trigger gets another name, everywhere the definition names it.</summary>
    public static void RenameEverything(JsonNode json, Func<string, string> rename)
    {
        JsonNode Renamed(JsonNode? name) => JsonValue.Create(rename((string)name!))!;
        foreach (var state in json["states"]!.AsArray())
        {
            state!["key"] = Renamed(state["key"]);
        }

        foreach (var transition in json["transitions"]!.AsArray())
        {
            transition!["trigger"] = Renamed(transition["trigger"]);
            transition["to"] = Renamed(transition["to"]);
            transition["from"] = new JsonArray(transition["from"]!.AsArray().Select(Renamed).ToArray());
        }

        foreach (var rule in json["timers"]!.AsArray().Concat(json["notifications"]!.AsArray()))
        {
            foreach (var name in new[] { "state", "trigger" })
            {
                if (rule![name] is { } value)
                {
                    rule[name] = Renamed(value);
                }
            }
        }
    }
}
