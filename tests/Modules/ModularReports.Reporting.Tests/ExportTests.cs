using System.Globalization;
using System.IO.Compression;
using System.Net.Http.Json;
using MiniExcelLibs;
using ModularReports.BuildingBlocks.Persistence;
using ModularReports.HostTesting;
using ModularReports.Testing;

namespace ModularReports.Reporting.Tests;

/// <summary>The published-report search as CSV and as an Excel workbook: the same columns, readable names, safe cells.</summary>
public sealed class ExportTests
{
    private static readonly string[] ExpectedColumns =
    [
        "Report", "Resolution", "Resolution title", "Period", "Status of implementation", "IUCN Members", "IUCN Commissions", "IUCN Secretariat",
        "Other non-IUCN related organisations", "Capacity-building", "Convene stakeholders/Networking", "Education/Communication/Raising awareness",
        "Field activities", "Fundraising", "Policy influencing/advocacy", "Scientific/technical activities", "Results/achievements",
        "Challenges/obstacles", "Future actions needed", "Future actions described", "Are these actions planned for yet", "Additional information",
        "Published", "Link",
    ];

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_search_downloads_as_csv_and_excel_with_names_a_column_per_category_and_no_formula(DatabaseProvider provider)
    {
        Providers.RequireAvailable(provider);
        await using var host = await HostFactory.StartAsync(provider);
        var anonymous = host.CreateClient();
        var focalPoint = await host.ApiClientAsync(DemoUsers.FocalPoint);
        var admin = await host.ApiClientAsync(DemoUsers.Admin);
        var kws = await host.ConstituentAsync("KWS", "Member");
        var cem = await host.ConstituentAsync("CEM", "Commission");
        var period = await host.PeriodAsync("2031", "2031-01-01", "2031-12-31", "2032-03-31");
        var id = await focalPoint.DraftProgressReportAsync(await host.ResolutionAsync("WCC-2020-Res-054"), period, new
        {
            memberIds = new[] { kws }, commissionIds = new[] { cem }, actionCategories = new[] { "Fundraising" }, implementationStatus = "completed",
            results = "Fundación Ñandú trained rangers.", otherOrganisations = "-", additionalInformation = "=SUM(A1:A9)",
        });
        foreach (var (client, trigger) in new[] { (focalPoint, "submit"), (admin, "approve"), (admin, "publish") })
        {
            (await client.ActOnProgressAsync(id, trigger)).EnsureSuccessStatusCode();
        }

        var csv = (await anonymous.GetStringAsync($"/api/public/progress-reports.csv?periodId={period}")).TrimStart('\uFEFF');
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(string.Join(',', ExpectedColumns), lines[0]);
        Assert.Contains("Kenya Wildlife Service", lines[1], StringComparison.Ordinal);
        Assert.True(lines[1].Contains("'=SUM(A1:A9)", StringComparison.Ordinal), lines[1]);
        Assert.DoesNotContain("'-", lines[1], StringComparison.Ordinal);

        var response = await anonymous.GetAsync($"/api/public/progress-reports.xlsx?periodId={period}");
        response.EnsureSuccessStatusCode();
        var workbook = await response.Content.ReadAsByteArrayAsync();
        var rows = MiniExcel.Query(new MemoryStream(workbook), useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(ExpectedColumns, rows.Single().Keys);
        var row = rows.Single();
        Assert.Equal("WCC 2020 Res 054 - Progress Report", row["Report"]);
        Assert.Contains("Kenya Wildlife Service", (string)row["IUCN Members"]!, StringComparison.Ordinal);
        Assert.StartsWith("IUCN Commission on Ecosystem Management", (string)row["IUCN Commissions"]!, StringComparison.Ordinal);
        Assert.Equal("Yes", row["Fundraising"]);
        Assert.Null(row["Field activities"]);
        Assert.Equal("Fundación Ñandú trained rangers.", row["Results/achievements"]);
        Assert.Equal("=SUM(A1:A9)", row["Additional information"]);
        Assert.Null(row["Other non-IUCN related organisations"]);
        Assert.EndsWith($"/reports/{id}", (string)row["Link"]!, StringComparison.Ordinal);
        var published = Assert.IsType<DateTime>(row["Published"]); // a date to sort and filter by, not text
        Assert.Equal(DateTime.UtcNow.Date, published, TimeSpan.FromDays(1));
        Assert.Contains(published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), lines[1], StringComparison.Ordinal); // written out in CSV
        using var archive = new ZipArchive(new MemoryStream(workbook));
        using var sheet = new StreamReader(archive.GetEntry("xl/worksheets/sheet1.xml")!.Open());
        var xml = await sheet.ReadToEndAsync();
        Assert.Contains("state=\"frozen\"", xml, StringComparison.Ordinal);
        Assert.DoesNotContain("<f>SUM", xml, StringComparison.Ordinal);

        // The PDF has every label of the page and the text as typed, accents included; in French, French labels.
        var pdf = await anonymous.GetAsync($"/api/public/progress-reports/{id}.pdf");
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType!.MediaType);
        var printed = PdfText.Of(await pdf.Content.ReadAsByteArrayAsync());
        foreach (var label in PdfText.ProgressReportLabels)
        {
            Assert.Contains(label, printed, StringComparison.Ordinal);
        }

        Assert.Contains("Fundación Ñandú trained rangers.", printed, StringComparison.Ordinal);
        Assert.Contains("Kenya Wildlife Service", printed, StringComparison.Ordinal);
        var printedInFrench = PdfText.Of(await anonymous.GetByteArrayAsync($"/api/public/progress-reports/{id}.pdf?culture=fr"));
        Assert.Contains("Décrivez les résultats/réalisations des actions menées", printedInFrench, StringComparison.Ordinal);

        // Every language names its sheet within Excel's rules.
        foreach (var language in new[] { "fr", "es" })
        {
            var translated = await anonymous.GetAsync($"/api/public/progress-reports.xlsx?periodId={period}&culture={language}");
            translated.EnsureSuccessStatusCode();
            Assert.Single(MiniExcel.Query(new MemoryStream(await translated.Content.ReadAsByteArrayAsync()), useHeaderRow: true));
        }

        // People follow the resolution and the search in a feed reader: Atom, entries linking to the report's page.
        var feed = await anonymous.GetAsync($"/resolutions/{await host.ResolutionAsync("WCC-2020-Res-054")}/feed.atom?culture=fr");
        Assert.Equal("application/atom+xml", feed.Content.Headers.ContentType!.MediaType);
        var atom = System.Xml.Linq.XDocument.Parse(await feed.Content.ReadAsStringAsync());
        System.Xml.Linq.XNamespace ns = "http://www.w3.org/2005/Atom";
        var entry = atom.Root!.Elements(ns + "entry").Single(e => e.Element(ns + "link")!.Attribute("href")!.Value.EndsWith($"/reports/{id}", StringComparison.Ordinal));
        Assert.Equal("WCC 2020 Res 054 - Progress Report", entry.Element(ns + "title")!.Value);
        Assert.Contains("Achevée", entry.Element(ns + "summary")!.Value, StringComparison.Ordinal);
        var searchFeed = System.Xml.Linq.XDocument.Parse(await anonymous.GetStringAsync($"/reports/feed.atom?periodId={period}"));
        Assert.Single(searchFeed.Root!.Elements(ns + "entry"));
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, (await anonymous.GetAsync("/reports/feed.atom?status=done")).StatusCode);

        // In French, the headings and the answers are French.
        var french = (await anonymous.GetStringAsync($"/api/public/progress-reports.csv?periodId={period}&culture=fr")).TrimStart('\uFEFF');
        Assert.StartsWith("Rapport,Résolution,Titre de la résolution,Période,État de la mise en œuvre,Membres de l'UICN", french, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Focal_points_take_the_reports_they_may_see_away_as_Excel_with_their_review_state()
    {
        await using var host = await HostFactory.StartAsync(DatabaseProvider.Sqlite);
        var reporter = await host.ApiClientAsync(DemoUsers.Reporter);
        var focalPoint = await host.ApiClientAsync(DemoUsers.FocalPoint);
        var submitted = await host.SubmittedActivityReportAsync(reporter);

        var workbook = await focalPoint.GetAsync("/api/activity-reports.xlsx?culture=fr");
        workbook.EnsureSuccessStatusCode();
        var rows = MiniExcel.Query(new MemoryStream(await workbook.Content.ReadAsByteArrayAsync()), useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        var row = rows.Single(r => ((string)r["Lien"]!).EndsWith($"/activity-reports/{submitted}", StringComparison.Ordinal));
        Assert.Equal("Soumis", row["État de l'examen"]);
        Assert.Equal("National Whistleblower Center ( NWC ) / États-Unis", row["Organisation ayant fait rapport"]);

        // A reporter lists their own reports but does not export them; an anonymous caller is asked to sign in.
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, (await reporter.GetAsync("/api/activity-reports.xlsx")).StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, (await host.CreateClient().GetAsync("/api/progress-reports.xlsx")).StatusCode);
        var wrong = await focalPoint.GetAsync($"/api/activity-reports.xlsx?state={new string('x', 101)}");
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Contains("state", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        (await focalPoint.GetAsync("/api/progress-reports.xlsx")).EnsureSuccessStatusCode();
    }
}
