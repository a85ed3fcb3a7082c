using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ModularReports.BuildingBlocks.Persistence;
using ModularReports.HostTesting;
using ModularReports.Reporting.Data;
using ModularReports.Reporting.Features.Public;
using ModularReports.Testing;

namespace ModularReports.Reporting.Tests;

public sealed class PublicTests
{
    [Fact]
    public async Task Words_with_filters_are_counted_from_the_index_without_reading_the_reports()
    {
        await using var host = await HostFactory.StartAsync(DatabaseProvider.Sqlite);
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReportingDbContext>();
        var query = new SearchPublished("WCC 2020", null, "initiated", "Field activities", null, null, "coastal manatee");

        var plan = await QueryPlan.OfAsync(db, SearchPublishedHandler.Select(db, query).Ids().Take(SearchPublishedHandler.CountLimit + 1));

        // Each full-text match is joined to its report to test the filters: through the covering index, not the report's
        // (large) row, which at 100,000 reports doubled the time of such a count (ADR 12).
        Assert.Contains("USING COVERING INDEX IX_reporting_progress_reports_Id_IsPublic", plan, StringComparison.Ordinal);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Visitors_search_read_and_export_only_what_is_published_and_text_never_runs_as_code(DatabaseProvider provider)
    {
        Providers.RequireAvailable(provider);
        await using var host = await HostFactory.StartAsync(provider);
        var anonymous = host.CreateClient();
        var focalPoint = await host.ApiClientAsync(DemoUsers.FocalPoint);
        var admin = await host.ApiClientAsync(DemoUsers.Admin);
        var res054 = await host.ResolutionAsync("WCC-2020-Res-054");
        var res122 = await host.ResolutionAsync("WCC-2020-Res-122");
        var kws = await host.ConstituentAsync("KWS", "Member");
        var period2025 = await host.PeriodAsync("2025", "2025-01-01", "2025-12-31", "2026-03-31");

        var published = await ReportAsync(focalPoint, res054, period2025, new
        {
            memberIds = new[] { kws }, actionCategories = new[] { "Field activities" }, implementationStatus = "initiated",
            results = "Rangers trained by the Fundación <script>alert('x')</script>.", otherOrganisations = "=HYPERLINK(\"http://evil.example\")",
        });
        (await focalPoint.ActOnProgressAsync(published, "submit")).EnsureSuccessStatusCode();
        (await admin.ActOnProgressAsync(published, "approve")).EnsureSuccessStatusCode();
        (await admin.ActOnProgressAsync(published, "publish")).EnsureSuccessStatusCode();
        var approvedOnly = await ReportAsync(focalPoint, res122, period2025, new
        {
            actionCategories = new[] { "Fundraising" }, implementationStatus = "initiated", results = "Fundación approved but not published.",
        });
        (await focalPoint.ActOnProgressAsync(approvedOnly, "submit")).EnsureSuccessStatusCode();
        (await admin.ActOnProgressAsync(approvedOnly, "approve")).EnsureSuccessStatusCode();

        // Only the published report is found, by any filter, with accents or without.
        async Task<List<Guid>> FoundAsync(string query) =>
            (await anonymous.GetFromJsonAsync<JsonElement>($"/api/public/progress-reports?{query}")).GetProperty("items").EnumerateArray()
                .Select(i => i.GetProperty("id").GetGuid()).ToList();
        Assert.Equal([published], await FoundAsync("q=fundacion"));
        Assert.Equal([published], await FoundAsync("q=FUNDACIÓN%20rangers"));
        Assert.Equal([published], await FoundAsync("q=fundac%20range")); // words are found by their beginning...
        Assert.Empty(await FoundAsync("q=undacion")); // ...not from their middle
        Assert.Equal([published], await FoundAsync($"periodId={period2025}&status=initiated"));
        Assert.Equal([published], await FoundAsync($"constituentId={kws}&category=Field%20activities"));
        Assert.Equal([published], await FoundAsync($"congress=WCC%202020&resolutionId={res054}"));
        Assert.Empty(await FoundAsync($"resolutionId={res122}&periodId={period2025}"));
        Assert.Empty(await FoundAsync("q=fundacion&category=Fundraising"));
        Assert.Empty(await FoundAsync("congress=WCC%202016"));
        var bad = await anonymous.GetAsync("/api/public/progress-reports?status=done&pageSize=500");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal(["pageSize", "status"], (await bad.JsonAsync()).GetProperty("errors").EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal));

        // Nothing unpublished is reachable anonymously, by API or page, even knowing its id.
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/api/public/progress-reports/{approvedOnly}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/reports/{approvedOnly}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/reports/activity/{approvedOnly}")).StatusCode);
        Assert.DoesNotContain(approvedOnly.ToString(), await anonymous.GetStringAsync($"/resolutions/{res122}/reports"), StringComparison.Ordinal);

        // The page shows the text as typed, encoded; the CSV keeps a formula from running in a spreadsheet.
        var page = await anonymous.GetStringAsync($"/reports/{published}");
        Assert.Contains("<h1>WCC 2020 Res 054 - Progress Report</h1>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", page, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert", page, StringComparison.Ordinal);
        Assert.Contains("No Commissions are/have been involved", page, StringComparison.Ordinal);
        var csv = await anonymous.GetAsync("/api/public/progress-reports.csv?q=fundacion");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        var lines = (await csv.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("Title,Resolution,Resolution title,Period,Status of implementation", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("WCC 2020 Res 054 - Progress Report,WCC 2020 Res 054,", lines[1], StringComparison.Ordinal);
        Assert.DoesNotContain(",=HYPERLINK", lines[1], StringComparison.Ordinal);
        Assert.DoesNotContain(",\"=HYPERLINK", lines[1], StringComparison.Ordinal);
        Assert.Equal(2, lines.Length);
    }

    private static async Task<Guid> ReportAsync(HttpClient focalPoint, Guid resolution, Guid period, object fields)
    {
        var created = await focalPoint.PostAsJsonAsync("/api/progress-reports", new { resolutionId = resolution, periodId = period });
        created.EnsureSuccessStatusCode();
        var id = (await created.JsonAsync()).GetProperty("id").GetGuid();
        (await focalPoint.PatchProgressAsync(id, fields, 0)).EnsureSuccessStatusCode();
        return id;
    }
}
