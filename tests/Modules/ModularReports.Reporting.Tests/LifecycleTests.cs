using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ModularReports.BuildingBlocks.Persistence;
using ModularReports.HostTesting;
using ModularReports.Reporting.Data;
using ModularReports.Testing;

namespace ModularReports.Reporting.Tests;

public sealed class LifecycleTests
{
    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_report_is_drafted_submitted_returned_with_a_comment_resubmitted_and_accepted(DatabaseProvider provider)
    {
        Providers.RequireAvailable(provider);
        await using var host = await HostFactory.StartAsync(provider);
        var reporter = await host.ApiClientAsync(DemoUsers.Reporter);
        var focalPoint = await host.ApiClientAsync(DemoUsers.FocalPoint);
        var res054 = await host.ResolutionAsync("WCC-2020-Res-054");
        var member = await host.ConstituentAsync("KWS", "Member");
        var ssc = await host.ConstituentAsync("SSC", "Commission");

        var created = await reporter.PostAsJsonAsync("/api/activity-reports", new { resolutionId = res054 });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var draft = await created.JsonAsync();
        var id = draft.GetProperty("id").GetGuid();
        Assert.Equal(("draft", "WCC 2020 Res 054", "National Whistleblower Center ( NWC ) / United States of America"),
            (draft.GetProperty("state").GetString(), draft.GetProperty("resolutionCode").GetString(), draft.GetProperty("constituentName").GetString()));
        Assert.Equal("\"0\"", created.Headers.ETag!.Tag);

        // Names hold the country in the reader's language: a Spanish reading does not leave Spanish names for the next reader.
        Assert.Equal("National Whistleblower Center ( NWC ) / Estados Unidos", await ConstituentNameAsync(reporter, id, "es"));
        Assert.Equal("National Whistleblower Center ( NWC ) / United States of America", await ConstituentNameAsync(reporter, id, "en"));

        // Too early: the refusal and the actions answer both name the required fields still empty.
        var tooEarly = await reporter.ActAsync(id, "submit");
        Assert.Equal(HttpStatusCode.Conflict, tooEarly.StatusCode);
        var refusal = await tooEarly.JsonAsync();
        string[] required = ["periodFrom", "periodTo", "geographicScope", "actions", "results"];
        Assert.Equal(required, refusal.GetProperty("missingFields").EnumerateArray().Select(f => f.GetString()));
        Assert.Contains("Geographic scope", refusal.GetProperty("detail").GetString());
        var choices = await reporter.GetFromJsonAsync<JsonElement>($"/api/activity-reports/{id}/actions");
        Assert.Empty(choices.GetProperty("available").EnumerateArray());
        var blocked = Assert.Single(choices.GetProperty("unavailable").EnumerateArray());
        var reason = Assert.Single(blocked.GetProperty("reasons").EnumerateArray());
        Assert.Equal(("submit", "requiredFieldsComplete"), (blocked.GetProperty("trigger").GetString(), reason.GetProperty("condition").GetString()));
        Assert.Equal(required, reason.GetProperty("missingFields").EnumerateArray().Select(f => f.GetProperty("name").GetString()));
        Assert.Equal("Results/achievements", reason.GetProperty("missingFields")[4].GetProperty("label").GetString());
        Assert.Equal(5, choices.GetProperty("missingFields").GetArrayLength());
        var inFrench = new HttpRequestMessage(HttpMethod.Get, $"/api/activity-reports/{id}/actions") { Headers = { { "Accept-Language", "fr" } } };
        Assert.Contains("Portée géographique", await (await reporter.SendAsync(inFrench)).Content.ReadAsStringAsync());

        var saved = await reporter.PatchAsync(id, Reports.CompleteFields(member, ssc), ifMatch: 0);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal("\"1\"", saved.Headers.ETag!.Tag);
        Assert.Equal("Fundación Omacha; <script>alert('x')</script>", (await saved.JsonAsync()).GetProperty("otherOrganisations").GetString());
        Assert.Equal(["submit"], await TriggersAsync(reporter, id));

        Assert.Equal(HttpStatusCode.OK, (await reporter.ActAsync(id, "submit")).StatusCode);
        Assert.Equal(["startReview", "accept", "return"], await TriggersAsync(focalPoint, id));
        var noComment = await focalPoint.ActAsync(id, "return");
        Assert.Equal(HttpStatusCode.BadRequest, noComment.StatusCode);
        Assert.True((await noComment.JsonAsync()).GetProperty("errors").TryGetProperty("comment", out _));
        Assert.Equal(HttpStatusCode.OK, (await focalPoint.ActAsync(id, "return", "Please add the number of listings removed.")).StatusCode);

        var returned = await reporter.GetFromJsonAsync<JsonElement>($"/api/activity-reports/{id}");
        Assert.Equal("returned", returned.GetProperty("state").GetString());
        var edit = await reporter.PatchAsync(id, new { results = "1,204 listings removed from three platforms." }, returned.GetProperty("version").GetInt32());
        Assert.Equal(HttpStatusCode.OK, edit.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await reporter.ActAsync(id, "submit")).StatusCode);
        var accepted = await focalPoint.ActAsync(id, "accept");
        Assert.Equal("accepted", (await accepted.JsonAsync()).GetProperty("state").GetString());

        var journal = await reporter.GetFromJsonAsync<JsonElement>($"/api/activity-reports/{id}/journal");
        Assert.Equal(["submit", "return", "submit", "accept"], journal.EnumerateArray().Select(j => j.GetProperty("trigger").GetString()));
        Assert.Equal("Please add the number of listings removed.", journal[1].GetProperty("comment").GetString());
        Assert.All(journal.EnumerateArray(), j => Assert.Equal(1, j.GetProperty("definitionVersion").GetInt32()));
        var versions = await focalPoint.GetFromJsonAsync<JsonElement>($"/api/activity-reports/{id}/versions");
        Assert.Equal([1, 2], versions.EnumerateArray().Select(v => v.GetProperty("number").GetInt32()));
        Assert.Empty(await TriggersAsync(focalPoint, id));

        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReportingDbContext>();
        var events = await db.OutboxMessages.Where(m => m.Type.Contains("ReportTransitioned")).CountAsync();
        Assert.Equal(4, events);
        var snapshot = await db.SubmittedVersions.Where(v => v.ReportId == id && v.Number == 1).Select(v => v.Snapshot).SingleAsync();
        Assert.Contains("Three platforms removed listings", snapshot, StringComparison.Ordinal); // the first submission, unchanged
    }

    [Fact]
    public async Task A_client_that_prefers_the_minimal_answer_gets_204_with_the_new_ETag_and_the_same_move()
    {
        await using var host = await HostFactory.StartAsync(DatabaseProvider.Sqlite);
        var reporter = await host.ApiClientAsync(DemoUsers.Reporter);
        var focalPoint = await host.ApiClientAsync(DemoUsers.FocalPoint);
        var id = (await (await reporter.PostAsJsonAsync("/api/activity-reports", new { resolutionId = await host.ResolutionAsync("WCC-2020-Res-054") })).JsonAsync())
            .GetProperty("id").GetGuid();
        (await reporter.PatchAsync(id, Reports.CompleteFields(await host.ConstituentAsync("KWS", "Member"), await host.ConstituentAsync("SSC", "Commission")), 0))
            .EnsureSuccessStatusCode();

        using var submit = new HttpRequestMessage(HttpMethod.Post, $"/api/activity-reports/{id}/actions/submit") { Content = JsonContent.Create(new { }) };
        submit.Headers.TryAddWithoutValidation("Prefer", "handling=lenient, return=minimal");
        var minimal = await reporter.SendAsync(submit);
        var full = await focalPoint.ActAsync(id, "accept");

        Assert.Equal(HttpStatusCode.NoContent, minimal.StatusCode);
        Assert.Equal("\"2\"", minimal.Headers.ETag!.Tag);
        Assert.Equal(["return=minimal"], minimal.Headers.GetValues("Preference-Applied"));
        Assert.Empty(await minimal.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.OK, full.StatusCode);
        Assert.False(full.Headers.Contains("Preference-Applied"));
        Assert.Equal("\"3\"", full.Headers.ETag!.Tag);
        var accepted = await full.JsonAsync();
        Assert.Equal(("accepted", 3), (accepted.GetProperty("state").GetString(), accepted.GetProperty("version").GetInt32()));
        var versions = await focalPoint.GetFromJsonAsync<JsonElement>($"/api/activity-reports/{id}/versions");
        Assert.Equal([1], versions.EnumerateArray().Select(v => v.GetProperty("number").GetInt32())); // the submission was kept all the same
        var journal = await reporter.GetFromJsonAsync<JsonElement>($"/api/activity-reports/{id}/journal");
        Assert.Equal(["submit", "accept"], journal.EnumerateArray().Select(j => j.GetProperty("trigger").GetString()));
    }

    [Fact]
    public async Task A_report_can_start_from_the_organisations_last_accepted_one_marked_as_carried_over_until_changed()
    {
        await using var host = await HostFactory.StartAsync(DatabaseProvider.Sqlite);
        var reporter = await host.ApiClientAsync(DemoUsers.Reporter);
        var res054 = await host.ResolutionAsync("WCC-2020-Res-054");
        var (kws, ssc) = (await host.ConstituentAsync("KWS", "Member"), await host.ConstituentAsync("SSC", "Commission"));

        var nothingYet = await reporter.PostAsJsonAsync("/api/activity-reports", new { resolutionId = res054, carryOver = true });
        Assert.Equal(HttpStatusCode.BadRequest, nothingYet.StatusCode);
        Assert.True((await nothingYet.JsonAsync()).GetProperty("errors").TryGetProperty("carryOver", out _));

        await host.AcceptedActivityReportAsync(reporter, res054, Reports.CompleteFields(kws, ssc));
        var started = await (await reporter.PostAsJsonAsync("/api/activity-reports", new { resolutionId = res054, carryOver = true })).JsonAsync();
        var id = started.GetProperty("id").GetGuid();

        Assert.Equal("Colombia, Ecuador y Perú", started.GetProperty("geographicScope").GetString());
        Assert.Equal(JsonValueKind.Null, started.GetProperty("periodFrom").ValueKind); // the new period is the author's to give
        Assert.Equal(JsonValueKind.Null, started.GetProperty("results").ValueKind);
        var carried = started.GetProperty("carriedOverFields").EnumerateArray().Select(f => f.GetString()).ToList();
        Assert.Contains("geographicScope", carried);
        Assert.Contains("actions", carried);

        // The editor sends every field; only the one changed stops being "carried over".
        var edited = await (await reporter.PatchAsync(id, new { geographicScope = "Kenya", challenges = started.GetProperty("challenges").GetString() }, 0)).JsonAsync();
        var still = edited.GetProperty("carriedOverFields").EnumerateArray().Select(f => f.GetString()).ToList();
        Assert.DoesNotContain("geographicScope", still);
        Assert.Contains("actions", still);
        Assert.Equal(carried.Count - 1, still.Count);
    }

    private static async Task<string?> ConstituentNameAsync(HttpClient client, Guid id, string language)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/activity-reports/{id}") { Headers = { { "Accept-Language", language } } };
        using var response = await client.SendAsync(request);
        return (await response.JsonAsync()).GetProperty("constituentName").GetString();
    }

    private static async Task<List<string?>> TriggersAsync(HttpClient client, Guid id) =>
        (await client.GetFromJsonAsync<JsonElement>($"/api/activity-reports/{id}/actions")).GetProperty("available").EnumerateArray().Select(a => a.GetProperty("trigger").GetString()).ToList();
}
