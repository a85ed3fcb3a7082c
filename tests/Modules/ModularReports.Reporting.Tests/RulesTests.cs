using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ModularReports.BuildingBlocks.Persistence;
using ModularReports.HostTesting;

namespace ModularReports.Reporting.Tests;

public sealed class RulesTests
{
    [Fact]
    public async Task Each_person_sees_and_does_only_what_their_role_and_assignment_allow()
    {
        await using var host = await HostFactory.StartAsync(DatabaseProvider.Sqlite);
        var reporter = await host.ApiClientAsync(DemoUsers.Reporter);
        var assigned = await host.ApiClientAsync(DemoUsers.FocalPoint);
        var admin = await host.ApiClientAsync(DemoUsers.Admin);
        var kws = await host.ConstituentAsync("KWS", "Member");
        var (_, otherReporter) = await host.CreateUserAsync("ranger@kws.example", ["Reporter"], kws);
        var (_, colleague) = await host.CreateUserAsync("colleague@nwc.example", ["Reporter"], await host.ConstituentAsync("NWC", "Member"));
        var (_, otherFocalPoint) = await host.CreateUserAsync("omar@iucn.example", ["FocalPoint"]);
        var res054 = await host.ResolutionAsync("WCC-2020-Res-054");
        var id = (await (await reporter.PostAsJsonAsync("/api/activity-reports", new { resolutionId = res054 })).JsonAsync()).GetProperty("id").GetGuid();
        var path = $"/api/activity-reports/{id}";

        // A draft: its organisation and admins see it; nobody else, not even the resolution's focal point.
        Assert.Equal(HttpStatusCode.OK, (await colleague.GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await assigned.GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherReporter.GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherReporter.PatchAsync(id, new { results = "mine now" }, 0)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherReporter.GetAsync($"{path}/journal")).StatusCode);
        Assert.Equal(0, (await otherReporter.GetFromJsonAsync<JsonElement>("/api/activity-reports")).GetProperty("total").GetInt32());

        // Reporters report for their own organisation only; focal points do not create activity reports.
        var forOthers = await reporter.PostAsJsonAsync("/api/activity-reports", new { resolutionId = res054, constituentId = kws });
        Assert.Equal(HttpStatusCode.Forbidden, forOthers.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await assigned.PostAsJsonAsync("/api/activity-reports", new { resolutionId = res054 })).StatusCode);

        (await reporter.PatchAsync(id, Reports.CompleteFields(kws, await host.ConstituentAsync("SSC", "Commission")), 0)).EnsureSuccessStatusCode();
        (await reporter.ActAsync(id, "submit")).EnsureSuccessStatusCode();

        // Submitted: the assigned focal point reviews; another focal point still cannot see it; the author cannot accept.
        Assert.Equal(HttpStatusCode.OK, (await assigned.GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherFocalPoint.GetAsync(path)).StatusCode);
        var selfAccept = await reporter.ActAsync(id, "accept");
        Assert.Equal(HttpStatusCode.Forbidden, selfAccept.StatusCode);
        var editWhileSubmitted = await reporter.PatchAsync(id, new { results = "late change" }, 2);
        Assert.Equal(HttpStatusCode.Forbidden, editWhileSubmitted.StatusCode);
        var wrongMoment = await assigned.ActAsync(id, "submit");
        Assert.Equal(HttpStatusCode.Conflict, wrongMoment.StatusCode);
        var allowed = (await wrongMoment.JsonAsync()).GetProperty("allowedActions").EnumerateArray().Select(a => a.GetString());
        Assert.Equal(["startReview", "accept", "return"], allowed);
        Assert.Equal(1, (await assigned.GetFromJsonAsync<JsonElement>($"/api/activity-reports?resolutionId={res054}")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Bad_input_names_the_field_and_changes_nothing()
    {
        await using var host = await HostFactory.StartAsync(DatabaseProvider.Sqlite);
        var reporter = await host.ApiClientAsync(DemoUsers.Reporter);
        var res054 = await host.ResolutionAsync("WCC-2020-Res-054");
        var ssc = await host.ConstituentAsync("SSC", "Commission");
        var id = (await (await reporter.PostAsJsonAsync("/api/activity-reports", new { resolutionId = res054 })).JsonAsync()).GetProperty("id").GetGuid();

        async Task<JsonElement> ErrorsAsync(object patch)
        {
            var response = await reporter.PatchAsync(id, patch, 0);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            return (await response.JsonAsync()).GetProperty("errors");
        }

        Assert.True((await ErrorsAsync(new { actions = new[] { new { category = "Lobbying", description = "x", status = "Done" } } })).TryGetProperty("actions[0].category", out _));
        Assert.True((await ErrorsAsync(new { memberIds = new[] { ssc } })).TryGetProperty("memberIds[0]", out _));
        Assert.True((await ErrorsAsync(new { periodFrom = "2024-12-31", periodTo = "2024-01-01" })).TryGetProperty("periodTo", out _));
        Assert.True((await ErrorsAsync(new { results = new string('x', 20_001) })).TryGetProperty("results", out _));
        Assert.True((await ErrorsAsync(new { favouriteColour = "green" })).TryGetProperty("favouriteColour", out _));

        // Refusals in the reader's language, with the values the message names.
        async Task<string> MessageAsync(string language, object patch, string field)
        {
            using var request = new HttpRequestMessage(HttpMethod.Patch, $"/api/activity-reports/{id}") { Content = JsonContent.Create(patch) };
            request.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue("\"0\""));
            request.Headers.AcceptLanguage.ParseAdd(language);
            using var response = await reporter.SendAsync(request);
            return (await response.JsonAsync()).GetProperty("errors").GetProperty(field)[0].GetString()!;
        }

        Assert.Equal("La période se termine avant de commencer.", await MessageAsync("fr", new { periodFrom = "2024-12-31", periodTo = "2024-01-01" }, "periodTo"));
        Assert.Equal("Como máximo 20000 caracteres.", await MessageAsync("es", new { results = new string('x', 20_001) }, "results"));
        Assert.Equal("Champ inconnu « favouriteColour ».", await MessageAsync("fr", new { favouriteColour = "green" }, "favouriteColour"));
        Assert.Equal("The period ends before it starts.", await MessageAsync("en", new { periodFrom = "2024-12-31", periodTo = "2024-01-01" }, "periodTo"));
        var unknownResolution = await reporter.PostAsJsonAsync("/api/activity-reports", new { resolutionId = Guid.NewGuid() });
        Assert.True((await unknownResolution.JsonAsync()).GetProperty("errors").TryGetProperty("resolutionId", out _));
        var malformed = await reporter.PatchAsync(id, "not an object", 0);
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        using var broken = new HttpRequestMessage(HttpMethod.Patch, $"/api/activity-reports/{id}") { Content = new StringContent("{\"results\": ", Encoding.UTF8, "application/json") };
        broken.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue("\"0\""));
        Assert.Equal(HttpStatusCode.BadRequest, (await reporter.SendAsync(broken)).StatusCode);

        var report = await reporter.GetFromJsonAsync<JsonElement>($"/api/activity-reports/{id}");
        Assert.Equal(0, report.GetProperty("version").GetInt32());
        Assert.Equal(JsonValueKind.Null, report.GetProperty("results").ValueKind);
        Assert.Empty(report.GetProperty("actions").EnumerateArray());
    }

    [Fact]
    public async Task Stale_edits_are_refused_with_the_current_version_and_simultaneous_decisions_let_exactly_one_through()
    {
        await using var host = await HostFactory.StartAsync(DatabaseProvider.Sqlite);
        var reporter = await host.ApiClientAsync(DemoUsers.Reporter);
        var focalPoint = await host.ApiClientAsync(DemoUsers.FocalPoint);
        var admin = await host.ApiClientAsync(DemoUsers.Admin);
        var kws = await host.ConstituentAsync("KWS", "Member");
        var ssc = await host.ConstituentAsync("SSC", "Commission");
        var id = (await (await reporter.PostAsJsonAsync("/api/activity-reports", new { resolutionId = await host.ResolutionAsync("WCC-2020-Res-054") })).JsonAsync()).GetProperty("id").GetGuid();

        var noIfMatch = await reporter.PatchAsync(id, new { results = "a" }, null);
        var first = await reporter.PatchAsync(id, new { results = "first" }, 0);
        var second = await reporter.PatchAsync(id, new { results = "second" }, 0);
        Assert.Equal(HttpStatusCode.PreconditionRequired, noIfMatch.StatusCode);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionFailed, second.StatusCode);
        Assert.Equal(1, (await second.JsonAsync()).GetProperty("currentVersion").GetInt32());

        (await reporter.PatchAsync(id, Reports.CompleteFields(kws, ssc), 1)).EnsureSuccessStatusCode();
        (await reporter.ActAsync(id, "submit")).EnsureSuccessStatusCode();
        var decisions = await Task.WhenAll(focalPoint.ActAsync(id, "accept"), admin.ActAsync(id, "return", "Not yet."));

        Assert.Single(decisions, d => d.StatusCode == HttpStatusCode.OK);
        Assert.Single(decisions, d => d.StatusCode == HttpStatusCode.Conflict);
        var journal = await reporter.GetFromJsonAsync<JsonElement>($"/api/activity-reports/{id}/journal");
        Assert.Equal(2, journal.GetArrayLength()); // submit, and one decision
    }
}
