using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ModularReports.BuildingBlocks.Persistence;
using ModularReports.Identity.Contracts;
using ModularReports.HostTesting;
using ModularReports.Testing;

namespace ModularReports.Reporting.Tests;

/// <summary>The dashboard's figures: what they count, by which group, and the published reports each links to.</summary>
public sealed class InsightTests
{
    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Statistics_count_published_reports_by_status_and_group_and_each_group_lists_its_reports(DatabaseProvider provider)
    {
        Providers.RequireAvailable(provider);
        await using var host = await HostFactory.StartAsync(provider);
        var anonymous = host.CreateClient();
        var focalPoint = await host.ApiClientAsync(DemoUsers.FocalPoint);
        var admin = await host.ApiClientAsync(DemoUsers.Admin);
        var res054 = await host.ResolutionAsync("WCC-2020-Res-054");
        var res122 = await host.ResolutionAsync("WCC-2020-Res-122");
        var kws = await host.ConstituentAsync("KWS", "Member");
        var cem = await host.ConstituentAsync("CEM", "Commission");
        var period = await host.PeriodAsync("2030", "2030-01-01", "2030-12-31", "2031-03-31");
        var kwsProfile = (await admin.GetFromJsonAsync<JsonElement>("/api/admin/constituents?q=KWS&type=Member")).GetProperty("items")[0];

        async Task<Guid> PublishedAsync(Guid resolution, object content, bool publish = true)
        {
            var id = await focalPoint.DraftProgressReportAsync(resolution, period, content);
            (await focalPoint.ActOnProgressAsync(id, "submit")).EnsureSuccessStatusCode();
            (await admin.ActOnProgressAsync(id, "approve")).EnsureSuccessStatusCode();
            if (publish)
            {
                (await admin.ActOnProgressAsync(id, "publish")).EnsureSuccessStatusCode();
            }

            return id;
        }

        var first = await PublishedAsync(res054, new
        {
            memberIds = new[] { kws }, commissionIds = new[] { cem }, actionCategories = new[] { "Field activities", "Fundraising" },
            implementationStatus = "underway", results = "Patrols.",
        });
        await PublishedAsync(res122, new { actionCategories = new[] { "Fundraising" }, implementationStatus = "initiated", results = "Funds." });
        var res108 = await host.ResolutionAsync("WCC-2020-Res-108");
        var focalPointId = (await host.Services.GetRequiredService<IUserDirectory>().FindByEmailAsync(DemoUsers.FocalPoint, default))!.Id;
        (await admin.PostAsJsonAsync($"/api/admin/resolutions/{res108}/focal-points", new { userId = focalPointId, constituentId = cem })).EnsureSuccessStatusCode();
        await PublishedAsync(res108, new
        {
            actionCategories = new[] { "Fundraising" }, implementationStatus = "completed", results = "Approved, not yet published.",
        }, publish: false);
        // The period's wrap is all: no other report is counted, nor a report approved but not published.
        var statistics = await anonymous.GetFromJsonAsync<JsonElement>($"/api/public/statistics?periodId={period}");

        Assert.Equal(2, statistics.GetProperty("progressReports").GetInt32());
        Assert.Equal(2, statistics.GetProperty("resolutionsReported").GetInt32());
        var statuses = statistics.GetProperty("statuses").EnumerateArray().Select(s => s.GetProperty("code").GetString()).ToList();
        int CountOf(JsonElement counts, string status) => counts[statuses.IndexOf(status)].GetInt32();
        Assert.Equal(1, CountOf(statistics.GetProperty("statusCounts"), "underway"));
        Assert.Equal(1, CountOf(statistics.GetProperty("statusCounts"), "initiated"));
        JsonElement Group(string breakdown, string key) => statistics.GetProperty("breakdowns").EnumerateArray()
            .Single(b => b.GetProperty("name").GetString() == breakdown).GetProperty("groups").EnumerateArray()
            .Single(g => g.GetProperty("key").GetString() == key);
        Assert.Equal(2, Group("action-category", "Fundraising").GetProperty("total").GetInt32());
        Assert.Equal(1, Group("action-category", "Field activities").GetProperty("total").GetInt32());
        Assert.Equal(1, Group("commission", cem.ToString()).GetProperty("total").GetInt32());
        Assert.Equal(2, Group("congress", "WCC 2020").GetProperty("total").GetInt32());
        var region = kwsProfile.GetProperty("region").GetString()!;
        Assert.Equal(1, CountOf(Group("region", region).GetProperty("counts"), "underway"));
        Assert.Equal(1, Group("member-category", kwsProfile.GetProperty("membershipCategory").GetString()!).GetProperty("total").GetInt32());
        var coverage = statistics.GetProperty("coverage").EnumerateArray().Single();
        Assert.Equal(2, coverage.GetProperty("reported").GetInt32());

        // A group's figure is a search: the region's reports are the one whose Member is of that region.
        var found = await anonymous.GetFromJsonAsync<JsonElement>(
            $"/api/public/progress-reports?periodId={period}&region={Uri.EscapeDataString(region)}&status=underway");
        Assert.Equal([first], found.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()));
        var byCommission = await anonymous.GetFromJsonAsync<JsonElement>($"/api/public/statistics?periodId={period}&constituentId={cem}");
        Assert.Equal(1, byCommission.GetProperty("progressReports").GetInt32());

        // The catalogue filters by the latest published status, and the resolution's page shows it over the periods.
        var underway = await anonymous.GetFromJsonAsync<JsonElement>("/api/resolutions?implementation=underway");
        Assert.Contains(res054, underway.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()));
        Assert.DoesNotContain(res122, underway.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()));
        var notReported = await anonymous.GetFromJsonAsync<JsonElement>("/api/resolutions?implementation=not-reported&pageSize=100");
        Assert.DoesNotContain(res054, notReported.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()));
        var wrongStatus = await anonymous.GetAsync("/api/resolutions?implementation=finished");
        Assert.Equal(HttpStatusCode.BadRequest, wrongStatus.StatusCode);
        Assert.Contains("implementation", await wrongStatus.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var progress = await anonymous.GetFromJsonAsync<JsonElement>($"/api/public/resolutions/{res054}/reports");
        var entry = progress.GetProperty("timeline").EnumerateArray().Single(t => t.GetProperty("periodId").GetGuid() == period);
        Assert.Equal(first, entry.GetProperty("progressReportId").GetGuid());
        Assert.Equal("underway", entry.GetProperty("implementationStatus").GetString());
        var page = await anonymous.GetStringAsync($"/resolutions/{res054}?culture=fr");
        Assert.Contains("En cours : mise en œuvre bien avancée", System.Net.WebUtility.HtmlDecode(page), StringComparison.Ordinal);

        // Each table is a CSV file; a table that does not exist is not found, and a wrong filter is named.
        var csv = await anonymous.GetStringAsync($"/api/public/statistics/action-category.csv?periodId={period}");
        Assert.Contains("Fundraising,0,1,1,0,0,2", csv, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/api/public/statistics/secrets.csv")).StatusCode);
        var refused = await anonymous.GetAsync("/api/public/statistics?memberCategory=Z");
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("memberCategory", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
