using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using MiniExcelLibs;
using ModularReports.BuildingBlocks.Persistence;
using ModularReports.HostTesting;

namespace ModularReports.EndToEndTests;

/// <summary>
/// Where implementation stands, as a visitor and a focal point see it: the dashboard in French, a figure followed to
/// the reports it counts, a resolution's page and timeline, a report taken away as PDF and Excel, who has not reported.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class InsightStoryTests(BrowserFixture fixture) : IAsyncLifetime
{
    /// <summary>The keys of a published progress report's section headings and question labels (FORMS.md).</summary>
    private static readonly string[] ProgressReportLabels =
    [
        "Section_General", "Resolution", "PeriodCovered", "Section_Constituencies", "IucnMembers", "IucnCommissions", "IucnSecretariat",
        "OtherOrganisations", "Section_Implementation", "ActionsCarriedOut", "ResultsAchievements", "ChallengesObstacles", "FutureActionsNeeded",
        "ActionsPlanned", "Section_Status", "StatusOfImplementationField", "Section_Additional",
    ];

    private HostFactory host = null!;

    public async Task InitializeAsync() => host = await HostFactory.StartOnKestrelAsync(DatabaseProvider.Sqlite);

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task A_visitor_follows_a_figure_to_its_reports_and_takes_a_report_away_and_a_focal_point_sees_who_has_not_reported()
    {
        // A 2025 progress report on Res 054 involving a Colombian Member and the Commission on Ecosystem Management.
        var focalPointApi = await host.ApiClientAsync(DemoUsers.FocalPoint);
        var admin = await host.ApiClientAsync(DemoUsers.Admin);
        var res054 = await host.ResolutionAsync("WCC-2020-Res-054");
        var period2025 = await host.PeriodAsync("2025", "2025-01-01", "2025-12-31", "2026-03-31");
        var report = await focalPointApi.DraftProgressReportAsync(res054, period2025, new
        {
            memberIds = new[] { await host.ConstituentAsync("FNC", "Member") }, commissionIds = new[] { await host.ConstituentAsync("CEM", "Commission") },
            actionCategories = new[] { "Capacity-building" }, implementationStatus = "initiated", results = "Rangers trained with the Fundación.",
        });
        foreach (var (client, trigger) in new[] { (focalPointApi, "submit"), (admin, "approve"), (admin, "publish") })
        {
            (await client.ActOnProgressAsync(report, trigger)).EnsureSuccessStatusCode();
        }

        // In French, the visitor shows every period, filters by the Commission and follows its figure.
        var visitor = await fixture.Browser.OpenAsync(host, "/dashboard?culture=fr", locale: "fr-FR");
        await Assertions.Expect(visitor.GetByRole(AriaRole.Heading, new() { Name = "Tableau de bord de la mise en œuvre" })).ToBeVisibleAsync();
        await visitor.GetByLabel("Période", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Toutes les périodes" });
        await visitor.GetByLabel("Membre ou Commission impliqué").SelectOptionAsync(
            new SelectOptionValue { Label = "IUCN Commission on Ecosystem Management 2021-2025 (CEM)" });
        await visitor.GetByRole(AriaRole.Button, new() { Name = "Afficher" }).ClickAsync();
        await Assertions.Expect(visitor.Locator(".key-figures")).ToContainTextAsync("2 rapports d'avancement publiés");
        var accessibility = await visitor.RunAxe();
        Assert.Empty(accessibility.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"dashboard {v.Id}: {v.Help}"));
        var byRegion = visitor.GetByRole(AriaRole.Table, new() { Name = "Par région statutaire des Membres impliqués" });
        var row = byRegion.GetByRole(AriaRole.Row).Filter(new() { HasText = "Méso-Amérique et Amérique du Sud" });
        await row.GetByRole(AriaRole.Link, new() { Name = "1" }).Last.ClickAsync();
        await Assertions.Expect(visitor.GetByRole(AriaRole.Status)).ToHaveTextAsync("Rapports trouvés : 1");
        await Assertions.Expect(visitor.GetByLabel("Région des Membres impliqués")).ToHaveValueAsync("Meso and South America");

        // The report it counts, then its resolution's page with the timeline of its status.
        await visitor.GetByRole(AriaRole.Link, new() { Name = "WCC 2020 Res 054 - Progress Report" }).ClickAsync();
        var pdf = await visitor.RunAndWaitForDownloadAsync(() => visitor.GetByRole(AriaRole.Link, new() { Name = "Télécharger en PDF" }).ClickAsync());
        var printed = PdfText.Of(await File.ReadAllBytesAsync((await pdf.PathAsync())!));
        foreach (var label in ProgressReportLabels.Select(key => UiText.Text("ReportingText", "fr", key)))
        {
            Assert.True(printed.Contains(label, StringComparison.Ordinal), $"The PDF lacks “{label}”:\n{printed}");
        }

        Assert.Contains("Fundación Natura Colombia", printed, StringComparison.Ordinal);
        await visitor.GetByRole(AriaRole.Link, new() { Name = "← WCC 2020 Res 054" }).ClickAsync();
        var timeline = visitor.GetByRole(AriaRole.Region, new() { Name = "Évolution de l'état de la mise en œuvre" });
        await Assertions.Expect(timeline.GetByRole(AriaRole.Listitem).Filter(new() { Has = visitor.GetByText("2025", new() { Exact = true }) }))
            .ToContainTextAsync("Initiée : premières étapes de la mise en œuvre");
        await Assertions.Expect(visitor.Locator("dd").Filter(new() { HasText = "Initiée" })).ToContainTextAsync("(2025)");
        accessibility = await visitor.RunAxe();
        Assert.Empty(accessibility.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"resolution {v.Id}: {v.Help}"));

        // The search as an Excel file: French headings, the Members and Commissions by name, a column per action category.
        await visitor.GotoAsync($"/reports?periodId={period2025}&culture=fr");
        var xlsx = await visitor.RunAndWaitForDownloadAsync(() => visitor.GetByRole(AriaRole.Link, new() { Name = "Télécharger en Excel" }).ClickAsync());
        Assert.Equal("progress-reports.xlsx", xlsx.SuggestedFilename);
        var rows = MiniExcel.Query((await xlsx.PathAsync())!, useHeaderRow: true, excelType: ExcelType.XLSX).Cast<IDictionary<string, object?>>().ToList();
        var only = Assert.Single(rows);
        Assert.Equal(["Rapport", "Résolution", "Titre de la résolution", "Période", "État de la mise en œuvre", "Membres de l'UICN"], only.Keys.Take(6));
        Assert.Contains("Renforcement des capacités", only.Keys);
        Assert.Equal("Oui", only["Renforcement des capacités"]);
        Assert.StartsWith("Fundación Natura Colombia", (string)only["Membres de l'UICN"]!, StringComparison.Ordinal);

        // The focal point sees that the organisation that reported on Res 122 for 2024 has not yet for 2025.
        var focalPoint = await fixture.Browser.OpenAsync(host);
        await focalPoint.SignInAsync(DemoUsers.FocalPoint);
        await focalPoint.MainNavigation().GetByRole(AriaRole.Link, new() { Name = "Follow-up" }).ClickAsync();
        await focalPoint.GetByLabel("Period", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "2025" });
        await focalPoint.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();
        var missing = focalPoint.GetByRole(AriaRole.Region, new() { Name = "Not reported yet in this period" });
        await Assertions.Expect(missing).ToContainTextAsync("WCC 2020 Res 122");
        await Assertions.Expect(missing).ToContainTextAsync("National Whistleblower Center");
        var mine = focalPoint.GetByRole(AriaRole.Region, new() { Name = "My resolutions" });
        await Assertions.Expect(mine.GetByRole(AriaRole.Row).Filter(new() { HasText = "WCC 2020 Res 054" })).ToContainTextAsync("Initiated");
        accessibility = await focalPoint.RunAxe();
        Assert.Empty(accessibility.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"follow-up {v.Id}: {v.Help}"));
    }

    [Fact]
    public async Task An_admin_asks_for_a_period_in_spanish_follows_its_preparation_and_downloads_it()
    {
        var period = await host.PeriodAsync("2031", "2031-01-01", "2031-12-31", "2032-03-31");
        var res054 = await host.ResolutionAsync("WCC-2020-Res-054");
        var focalPointApi = await host.ApiClientAsync(DemoUsers.FocalPoint);
        await focalPointApi.DraftProgressReportAsync(res054, period, new { implementationStatus = "completed", results = "Fundación Ñandú trained rangers." });

        var admin = await fixture.Browser.OpenAsync(host);
        await admin.SignInAsync(DemoUsers.Admin);
        await admin.Context.AddCookiesAsync([new() { Name = ".AspNetCore.Culture", Value = "c=es|uic=es", Url = host.ServerAddress!.ToString() }]);
        await admin.GotoAsync("/admin/period-exports");
        await Assertions.Expect(admin.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Exportar todos los informes de un período");
        await admin.GetByLabel("Período").SelectOptionAsync(new SelectOptionValue { Value = period.ToString() });
        await admin.GetByRole(AriaRole.Button, new() { Name = "Preparar la exportación" }).ClickAsync();

        // The page keeps itself current until the files are ready.
        var workbookLink = admin.GetByRole(AriaRole.Link, new() { Name = "Libro de Excel" });
        await Assertions.Expect(workbookLink).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Assertions.Expect(admin.Locator("td[data-status=ready]")).ToContainTextAsync("Exportación de 2031 lista: 1 informe.");
        await Assertions.Expect(admin.GetByRole(AriaRole.Status).First).ToContainTextAsync("La exportación de 2031 se está preparando");
        var accessibility = await admin.RunAxe();
        Assert.Empty(accessibility.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"{v.Id}: {v.Help}"));
        var xlsx = await admin.RunAndWaitForDownloadAsync(() => workbookLink.ClickAsync());
        Assert.Equal("informes-2031.xlsx", xlsx.SuggestedFilename);
        var rows = MiniExcel.Query((await xlsx.PathAsync())!, useHeaderRow: true, sheetName: "Informes de progreso", excelType: ExcelType.XLSX)
            .Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal("Borrador", Assert.Single(rows)["Estado de la revisión"]);
        var zip = await admin.RunAndWaitForDownloadAsync(() => admin.GetByRole(AriaRole.Link, new() { Name = "PDF (.zip)" }).ClickAsync());
        Assert.Equal("informes-2031-pdf.zip", zip.SuggestedFilename);

        // The progress reports' list gives the same rows, with the page's sign-in.
        await admin.GotoAsync("/progress-reports");
        var list = await admin.RunAndWaitForDownloadAsync(() => admin.GetByRole(AriaRole.Link, new() { Name = UiText.Text("ReportingText", "es", "Work_Xlsx") }).ClickAsync());
        Assert.Equal("progress-reports.xlsx", list.SuggestedFilename);
        var listed = MiniExcel.Query((await list.PathAsync())!, useHeaderRow: true, excelType: ExcelType.XLSX).Cast<IDictionary<string, object?>>().ToList();
        Assert.Contains(listed, r => (string?)r["Estado de la revisión"] == "Borrador");
    }
}
