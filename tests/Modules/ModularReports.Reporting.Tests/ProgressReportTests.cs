using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ModularReports.BuildingBlocks.Persistence;
using ModularReports.HostTesting;
using ModularReports.Testing;

namespace ModularReports.Reporting.Tests;

public sealed class ProgressReportTests
{
    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_focal_point_consolidates_accepted_reports_an_admin_approves_and_it_is_published(DatabaseProvider provider)
    {
        Providers.RequireAvailable(provider);
        await using var host = await HostFactory.StartAsync(provider);
        var admin = await host.ApiClientAsync(DemoUsers.Admin);
        var focalPoint = await host.ApiClientAsync(DemoUsers.FocalPoint);
        var anonymous = host.CreateClient();
        var res054 = await host.ResolutionAsync("WCC-2020-Res-054");
        var kws = await host.ConstituentAsync("KWS", "Member");
        var ssc = await host.ConstituentAsync("SSC", "Commission");
        var period = await host.PeriodAsync("2024", "2024-01-01", "2024-12-31", "2025-03-31");
        var (_, ranger) = await host.CreateUserAsync("ranger@kws.example", ["Reporter"], kws);

        var nwcReport = await host.AcceptedActivityReportAsync(await host.ApiClientAsync(DemoUsers.Reporter), res054, Reports.CompleteFields(kws, ssc));
        var kwsReport = await host.AcceptedActivityReportAsync(ranger, res054, new
        {
            periodFrom = "2024-06-01", periodTo = "2025-05-31", geographicScope = "Kenya", memberIds = Array.Empty<Guid>(), commissionIds = new[] { ssc },
            secretariatInvolved = false, otherOrganisations = "Fundación Omacha; TRAFFIC",
            actions = new[] { new { category = "Field activities", description = "Patrolled border markets.", status = "On-going" } },
            results = "Seized 300 kg of pangolin scales.", challenges = "Few rangers.", futureActions = "More patrols.",
        });
        var outOfPeriod = await host.AcceptedActivityReportAsync(ranger, res054, new
        {
            periodFrom = "2022-01-01", periodTo = "2022-12-31", geographicScope = "Kenya",
            actions = new[] { new { category = "Fundraising", description = "Raised funds.", status = "Completed" } }, results = "Old news.",
        });

        // Only the resolution's focal points (and admins) compile it; one per resolution and period.
        var reporter = await host.ApiClientAsync(DemoUsers.Reporter);
        Assert.Equal(HttpStatusCode.Forbidden, (await reporter.PostAsJsonAsync("/api/progress-reports", new { resolutionId = res054, periodId = period })).StatusCode);
        var created = await focalPoint.PostAsJsonAsync("/api/progress-reports", new { resolutionId = res054, periodId = period });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.JsonAsync()).GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.Conflict, (await admin.PostAsJsonAsync("/api/progress-reports", new { resolutionId = res054, periodId = period })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/api/public/progress-reports/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync($"/api/progress-reports/{id}")).StatusCode);

        var consolidated = await (await focalPoint.PostAsync($"/api/progress-reports/{id}/consolidate", null)).JsonAsync();
        Assert.Equal(2, consolidated.GetProperty("added").GetInt32());
        var draft = consolidated.GetProperty("report");
        Assert.Equal([nwcReport, kwsReport], draft.GetProperty("sources").EnumerateArray().Select(s => s.GetProperty("reportId").GetGuid()));
        Assert.DoesNotContain(outOfPeriod, draft.GetProperty("sources").EnumerateArray().Select(s => s.GetProperty("reportId").GetGuid()));
        // The reporting Members implement the resolution too, beside the Members they named.
        Assert.Equal([await host.ConstituentAsync("NWC", "Member"), kws], draft.GetProperty("memberIds").EnumerateArray().Select(m => m.GetGuid()));
        Assert.Equal([ssc], draft.GetProperty("commissionIds").EnumerateArray().Select(m => m.GetGuid()));
        Assert.True(draft.GetProperty("secretariatInvolved").GetBoolean());
        Assert.Equal("Fundación Omacha; <script>alert('x')</script>; TRAFFIC", draft.GetProperty("otherOrganisations").GetString());
        Assert.Equal(
            ["Capacity-building", "Field activities", "Policy influencing/advocacy"],
            draft.GetProperty("actionCategories").EnumerateArray().Select(c => c.GetString()));
        var nwc = "National Whistleblower Center ( NWC ) / United States of America";
        var kwsName = "Kenya Wildlife Service ( KWS ) / Kenya";
        Assert.Equal(
            $"## Capacity-building\n- {nwc}: Trained 40 rangers. (On-going) Three platforms removed listings of protected species.\n\n"
            + $"## Policy influencing/advocacy\n- {nwc}: Briefed customs on online wildlife markets. (Completed)\n\n"
            + $"## Field activities\n- {kwsName}: Patrolled border markets. (On-going) Seized 300 kg of pangolin scales.",
            draft.GetProperty("results").GetString());
        Assert.Equal($"- {nwc}: Marketplaces move to private groups.\n- {kwsName}: Few rangers.", draft.GetProperty("challenges").GetString());

        // The focal point edits; a report accepted later is added without losing the edit.
        var edited = draft.GetProperty("results").GetString()!.Replace("## Field activities", "Our own summary.\n\n## Field activities", StringComparison.Ordinal);
        var saved = await focalPoint.PatchProgressAsync(id, new { results = edited, implementationStatus = "underway", actionsPlanned = "Yes", additionalInformation = "See annex." }, draft.GetProperty("version").GetInt32());
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        // The view's labels follow the caller's language, the implementation status's as the state's.
        var spanish = await focalPoint.GetFromJsonAsync<JsonElement>($"/api/progress-reports/{id}?culture=es");
        Assert.Equal("En marcha: implementación bien avanzada", spanish.GetProperty("implementationStatusLabel").GetString());
        var late = await host.AcceptedActivityReportAsync(ranger, res054, new
        {
            periodFrom = "2024-09-01", periodTo = "2024-10-31", geographicScope = "Kenya",
            actions = new[] { new { category = "Capacity-building", description = "Trained customs dogs.", status = "Completed" } }, results = "Two dogs certified.",
        });
        var again = await (await focalPoint.PostAsync($"/api/progress-reports/{id}/consolidate", null)).JsonAsync();
        Assert.Equal(1, again.GetProperty("added").GetInt32());
        var results = again.GetProperty("report").GetProperty("results").GetString()!;
        Assert.Contains("Our own summary.", results, StringComparison.Ordinal);
        Assert.Contains($"Three platforms removed listings of protected species.\n- {kwsName}: Trained customs dogs. (Completed) Two dogs certified.\n\n## Policy", results, StringComparison.Ordinal);
        Assert.Equal(0, (await (await focalPoint.PostAsync($"/api/progress-reports/{id}/consolidate", null)).JsonAsync()).GetProperty("added").GetInt32());
        Assert.Equal(3, again.GetProperty("report").GetProperty("sources").GetArrayLength());
        Assert.Contains(late, again.GetProperty("report").GetProperty("sources").EnumerateArray().Select(s => s.GetProperty("reportId").GetGuid()));

        // Review: the submitter may not approve their own report (four eyes); an admin approves and publishes.
        Assert.Equal(HttpStatusCode.OK, (await focalPoint.ActOnProgressAsync(id, "submit")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await focalPoint.ActOnProgressAsync(id, "approve")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.ActOnProgressAsync(id, "return", "Name the customs agency.")).StatusCode);
        var returned = await focalPoint.GetFromJsonAsync<JsonElement>($"/api/progress-reports/{id}");
        (await focalPoint.PatchProgressAsync(id, new { additionalInformation = "Kenya Revenue Authority customs." }, returned.GetProperty("version").GetInt32())).EnsureSuccessStatusCode();
        Assert.Equal(HttpStatusCode.OK, (await focalPoint.ActOnProgressAsync(id, "submit")).StatusCode);
        var changes = await admin.GetFromJsonAsync<JsonElement>($"/api/progress-reports/{id}/versions/2/changes");
        Assert.Equal(["additionalInformation"], changes.EnumerateArray().Select(c => c.GetProperty("field").GetString()));
        Assert.Equal(HttpStatusCode.OK, (await admin.ActOnProgressAsync(id, "approve")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/api/public/progress-reports/{id}")).StatusCode);
        var published = await (await admin.ActOnProgressAsync(id, "publish")).JsonAsync();
        Assert.Equal(("published", true), (published.GetProperty("state").GetString(), published.GetProperty("isPublic").GetBoolean()));

        var journal = await admin.GetFromJsonAsync<JsonElement>($"/api/progress-reports/{id}/journal");
        Assert.Equal(["submit", "return", "submit", "approve", "publish"], journal.EnumerateArray().Select(j => j.GetProperty("trigger").GetString()));

        // Anyone reads it, in their language, with the vocabularies' placeholders for empty lists.
        var page = await anonymous.GetFromJsonAsync<JsonElement>($"/api/public/progress-reports/{id}?culture=fr");
        Assert.Equal("WCC 2020 Res 054 - Progress Report", page.GetProperty("title").GetString());
        Assert.Equal("En cours : mise en œuvre bien avancée", page.GetProperty("implementationStatusLabel").GetString());
        Assert.Equal(JsonValueKind.Null, page.GetProperty("membersPlaceholder").ValueKind);
        var english = await anonymous.GetFromJsonAsync<JsonElement>($"/api/public/progress-reports/{id}");
        Assert.Equal([kwsName, nwc], english.GetProperty("contributingOrganisations").EnumerateArray().Select(o => o.GetProperty("name").GetString()));
        var listing = await anonymous.GetFromJsonAsync<JsonElement>($"/api/public/resolutions/{res054}/reports");
        Assert.Equal([id], listing.GetProperty("progressReports").EnumerateArray().Select(p => p.GetProperty("id").GetGuid()));
        Assert.Equal(4, listing.GetProperty("activityReports").GetArrayLength()); // accepted is a public state by default
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync($"/api/public/activity-reports/{nwcReport}")).StatusCode);
    }

    [Fact]
    public async Task A_progress_report_can_cover_the_intersessional_period_and_a_year_within_it()
    {
        await using var host = await HostFactory.StartAsync(DatabaseProvider.Sqlite);
        var focalPoint = await host.ApiClientAsync(DemoUsers.FocalPoint);
        var res054 = await host.ResolutionAsync("WCC-2020-Res-054");
        var (kws, ssc) = (await host.ConstituentAsync("KWS", "Member"), await host.ConstituentAsync("SSC", "Commission"));
        var intersessional = await host.PeriodAsync("2021-2025 (intersessional)", "2021-09-11", "2025-10-09", "2026-03-31");
        var year = await host.PeriodAsync("2023", "2023-01-01", "2023-12-31", "2024-03-31");
        var reporter = await host.ApiClientAsync(DemoUsers.Reporter);
        var early = await host.AcceptedActivityReportAsync(reporter, res054, new
        {
            periodFrom = "2022-01-01", periodTo = "2022-06-30", geographicScope = "Kenya",
            actions = new[] { new { category = "Fundraising", description = "Raised funds.", status = "Completed" } }, results = "Funded patrols.",
        });
        var late = await host.AcceptedActivityReportAsync(reporter, res054, Reports.CompleteFields(kws, ssc));

        var whole = await ConsolidatedSourcesAsync(focalPoint, res054, intersessional);
        var oneYear = await ConsolidatedSourcesAsync(focalPoint, res054, year);

        Assert.Equal([early, late], whole);
        Assert.Empty(oneYear); // neither report covers 2023

        // Both drafts are the focal point's tasks, with their periods' due dates, long past.
        var tasks = (await focalPoint.GetFromJsonAsync<JsonElement>("/api/tasks")).EnumerateArray().Where(t => t.GetProperty("kind").GetString() == "progress-report").ToList();
        Assert.Equal(["2024-03-31", "2026-03-31"], tasks.Select(t => t.GetProperty("dueOn").GetString()).Order());
        Assert.All(tasks, t => Assert.Equal("Overdue", t.GetProperty("deadline").GetString()));
    }

    private static async Task<List<Guid>> ConsolidatedSourcesAsync(HttpClient focalPoint, Guid resolution, Guid period)
    {
        var created = await focalPoint.PostAsJsonAsync("/api/progress-reports", new { resolutionId = resolution, periodId = period });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.JsonAsync()).GetProperty("id").GetGuid();
        var consolidated = await (await focalPoint.PostAsync($"/api/progress-reports/{id}/consolidate", null)).JsonAsync();
        return consolidated.GetProperty("report").GetProperty("sources").EnumerateArray().Select(s => s.GetProperty("reportId").GetGuid()).ToList();
    }

    [Fact]
    public async Task Progress_report_rules_and_bad_input()
    {
        await using var host = await HostFactory.StartAsync(DatabaseProvider.Sqlite);
        var focalPoint = await host.ApiClientAsync(DemoUsers.FocalPoint);
        var admin = await host.ApiClientAsync(DemoUsers.Admin);
        var (_, otherFocalPoint) = await host.CreateUserAsync("omar@iucn.example", ["FocalPoint"]);
        var res054 = await host.ResolutionAsync("WCC-2020-Res-054");
        var period = await host.PeriodAsync("2025", "2025-01-01", "2025-12-31", "2026-03-31");

        Assert.Equal(HttpStatusCode.Forbidden, (await otherFocalPoint.PostAsJsonAsync("/api/progress-reports", new { resolutionId = res054, periodId = period })).StatusCode);
        var badCreate = await focalPoint.PostAsJsonAsync("/api/progress-reports", new { resolutionId = res054, periodId = Guid.NewGuid() });
        Assert.Equal(HttpStatusCode.BadRequest, badCreate.StatusCode);
        Assert.True((await badCreate.JsonAsync()).GetProperty("errors").TryGetProperty("periodId", out _));

        var id = (await (await focalPoint.PostAsJsonAsync("/api/progress-reports", new { resolutionId = res054, periodId = period })).JsonAsync()).GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.NotFound, (await otherFocalPoint.GetAsync($"/api/progress-reports/{id}")).StatusCode);
        Assert.Equal(0, (await otherFocalPoint.GetFromJsonAsync<JsonElement>("/api/progress-reports")).GetProperty("total").GetInt32());

        var bad = await focalPoint.PatchProgressAsync(id, new
        {
            implementationStatus = "finished", actionCategories = new[] { "Capacity-building", "Gardening" }, actionsPlanned = "Maybe",
            results = new string('x', 50_001), memberIds = new[] { await host.ConstituentAsync("SSC", "Commission") }, colour = "green",
        }, 0);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = (await bad.JsonAsync()).GetProperty("errors");
        Assert.Equal(
            ["actionCategories[1]", "actionsPlanned", "colour", "implementationStatus", "memberIds[0]", "results"],
            errors.EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal));
        var unchanged = await focalPoint.GetFromJsonAsync<JsonElement>($"/api/progress-reports/{id}");
        Assert.Equal((0, JsonValueKind.Null), (unchanged.GetProperty("version").GetInt32(), unchanged.GetProperty("implementationStatus").ValueKind));

        Assert.Equal(HttpStatusCode.PreconditionRequired, (await focalPoint.PatchProgressAsync(id, new { challenges = "none" }, null)).StatusCode);
        (await focalPoint.PatchProgressAsync(id, new { challenges = "none" }, 0)).EnsureSuccessStatusCode();
        var stale = await focalPoint.PatchProgressAsync(id, new { challenges = "from an old tab" }, 0);
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.Equal(1, (await stale.JsonAsync()).GetProperty("currentVersion").GetInt32());

        var incomplete = await focalPoint.ActOnProgressAsync(id, "submit");
        Assert.Equal(HttpStatusCode.Conflict, incomplete.StatusCode); // requiredFieldsComplete

        var badPeriod = await admin.PostAsJsonAsync("/api/admin/reporting-periods", new { name = "", startsOn = "2026-01-01", endsOn = "2025-12-31", dueOn = "2027-01-01" });
        Assert.Equal(HttpStatusCode.BadRequest, badPeriod.StatusCode);
        var periodErrors = (await badPeriod.JsonAsync()).GetProperty("errors");
        Assert.True(periodErrors.TryGetProperty("name", out _) && periodErrors.TryGetProperty("endsOn", out _));
        Assert.Equal(HttpStatusCode.Forbidden, (await focalPoint.PostAsJsonAsync("/api/admin/reporting-periods", new { name = "2026", startsOn = "2026-01-01", endsOn = "2026-12-31", dueOn = "2027-03-31" })).StatusCode);
    }
}
