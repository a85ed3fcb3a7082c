using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using ModularReports.BuildingBlocks.Persistence;
using ModularReports.HostTesting;
using Microsoft.EntityFrameworkCore;
using ModularReports.BuildingBlocks.Hosting;
using ModularReports.Reporting.Data;
using ModularReports.Reporting.Domain;
using ModularReports.Reporting.Features.PeriodExports;
using ModularReports.Testing;

namespace ModularReports.Reporting.Tests;

/// <summary>An admin's export of a whole period: prepared in the background, every report in any state, Excel and PDFs.</summary>
public sealed class PeriodExportTests
{
    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Every_report_of_a_period_is_prepared_in_the_background_as_a_workbook_and_an_archive_of_pdfs(DatabaseProvider provider)
    {
        Providers.RequireAvailable(provider);
        await using var host = await HostFactory.StartAsync(provider);
        var reporter = await host.ApiClientAsync(DemoUsers.Reporter);
        var focalPoint = await host.ApiClientAsync(DemoUsers.FocalPoint);
        var admin = await host.ApiClientAsync(DemoUsers.Admin);
        var res054 = await host.ResolutionAsync("WCC-2020-Res-054");
        var kws = await host.ConstituentAsync("KWS", "Member");
        var ssc = await host.ConstituentAsync("SSC", "Commission");
        var period = await host.PeriodAsync("2031", "2031-01-01", "2031-12-31", "2032-03-31");
        var submitted = await ActivityIn2031Async(reporter, res054, kws, ssc);
        (await reporter.ActAsync(submitted, "submit")).EnsureSuccessStatusCode();
        var draft = await ActivityIn2031Async(reporter, res054, kws, ssc);
        var progress = await focalPoint.DraftProgressReportAsync(res054, period, new
        {
            memberIds = new[] { kws }, commissionIds = new[] { ssc }, actionCategories = new[] { "Fundraising" }, implementationStatus = "completed",
            results = "Fundación Ñandú trained rangers.",
        });
        foreach (var (client, trigger) in new[] { (focalPoint, "submit"), (admin, "approve"), (admin, "publish") })
        {
            (await client.ActOnProgressAsync(progress, trigger)).EnsureSuccessStatusCode();
        }

        var started = await admin.PostAsJsonAsync("/api/admin/period-exports", new { periodId = period });
        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        var export = await WaitUntilFinishedAsync(admin, started.Headers.Location!.ToString());
        Assert.Equal(("ready", 3, 100), (export.GetProperty("status").GetString(), export.GetProperty("reportCount").GetInt32(), export.GetProperty("percent").GetInt32()));
        Assert.Contains((await admin.GetFromJsonAsync<JsonElement>("/api/admin/period-exports")).EnumerateArray(),
            e => e.GetProperty("id").GetGuid() == export.GetProperty("id").GetGuid());

        var workbookResponse = await admin.GetAsync(export.GetProperty("workbookUrl").GetString());
        workbookResponse.EnsureSuccessStatusCode();
        Assert.Equal("reports-2031.xlsx", workbookResponse.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var workbook = await workbookResponse.Content.ReadAsByteArrayAsync();
        Assert.Equal(export.GetProperty("workbookBytes").GetInt64(), workbook.Length);
        Assert.Equal(["Activity reports", "Progress reports"], MiniExcel.GetSheetNames(new MemoryStream(workbook)));
        var activityRows = MiniExcel.Query(new MemoryStream(workbook), useHeaderRow: true, sheetName: "Activity reports").Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(["Draft", "Submitted"], activityRows.Select(r => (string)r["Review state"]!).Order());
        var progressRow = Assert.Single(MiniExcel.Query(new MemoryStream(workbook), useHeaderRow: true, sheetName: "Progress reports").Cast<IDictionary<string, object?>>());
        Assert.Equal("Published", progressRow["Review state"]);

        var archive = await admin.GetByteArrayAsync(export.GetProperty("archiveUrl").GetString());
        using var zip = new ZipArchive(new MemoryStream(archive));
        Assert.Equal(3, zip.Entries.Count);
        Assert.Equal(2, zip.Entries.Count(e => e.FullName.StartsWith("activity-reports/wcc-2020-res-054-activity-report-", StringComparison.Ordinal)));
        var draftPdf = zip.Entries.Single(e => e.Name.EndsWith($"-{draft.ToString("N")[^8..]}.pdf", StringComparison.Ordinal));
        Assert.Contains("-2031-02-01-draft-", draftPdf.Name, StringComparison.Ordinal);
        var draftText = PdfText.Of(await ReadAsync(draftPdf));
        Assert.Contains("Review state Draft", draftText, StringComparison.Ordinal);
        Assert.Contains("Colombia, Ecuador y Perú", draftText, StringComparison.Ordinal);
        var progressText = PdfText.Of(await ReadAsync(zip.Entries.Single(e => e.FullName.StartsWith("progress-reports/", StringComparison.Ordinal))));
        Assert.All(PdfText.ProgressReportLabels, label => Assert.Contains(label, progressText, StringComparison.Ordinal));
        Assert.Contains("Fundación Ñandú", progressText, StringComparison.Ordinal);

        // The job run again (a retry after it finished) leaves the export as it is.
        await using (var scope = host.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<PeriodExportRunner>().RunAsync(export.GetProperty("id").GetGuid(), CancellationToken.None);
        }

        Assert.Equal(archive, await admin.GetByteArrayAsync(export.GetProperty("archiveUrl").GetString()));
    }

    [Fact]
    public async Task Only_admins_export_a_period_and_a_missing_period_is_named()
    {
        await using var host = await HostFactory.StartAsync(DatabaseProvider.Sqlite);
        var admin = await host.ApiClientAsync(DemoUsers.Admin);
        var period = await host.PeriodAsync("2031", "2031-01-01", "2031-12-31", "2032-03-31");

        foreach (var body in new object[] { new { }, new { periodId = Guid.NewGuid() } })
        {
            var refused = await admin.PostAsJsonAsync("/api/admin/period-exports", body);
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.True((await refused.JsonAsync()).GetProperty("errors").TryGetProperty("periodId", out _));
        }

        Assert.Empty(await admin.GetFromJsonAsync<JsonElement[]>("/api/admin/period-exports") ?? []);
        var focalPoint = await host.ApiClientAsync(DemoUsers.FocalPoint);
        Assert.Equal(HttpStatusCode.Forbidden, (await focalPoint.PostAsJsonAsync("/api/admin/period-exports", new { periodId = period })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await host.CreateClient().GetAsync("/api/admin/period-exports")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/admin/period-exports/{Guid.NewGuid()}")).StatusCode);

        var export = await WaitUntilFinishedAsync(
            admin, (await admin.PostAsJsonAsync("/api/admin/period-exports", new { periodId = period })).Headers.Location!.ToString());
        Assert.Equal(0, export.GetProperty("reportCount").GetInt32()); // an empty period gives empty files, not an error
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/admin/period-exports/{export.GetProperty("id").GetGuid()}/reports.exe")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await focalPoint.GetAsync(export.GetProperty("workbookUrl").GetString())).StatusCode);
    }

    [Fact]
    public async Task A_run_that_stopped_half_way_is_taken_up_again_a_live_one_is_left_alone_and_old_exports_go()
    {
        await using var host = await HostFactory.StartAsync(DatabaseProvider.Sqlite);
        var admin = await host.ApiClientAsync(DemoUsers.Admin);
        var period = await host.PeriodAsync("2031", "2031-01-01", "2031-12-31", "2032-03-31");
        await (await host.ApiClientAsync(DemoUsers.FocalPoint)).DraftProgressReportAsync(
            await host.ResolutionAsync("WCC-2020-Res-054"), period, new { implementationStatus = "completed" });
        var now = DateTime.UtcNow;
        var (stopped, live, waiting, old) = (Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7());
        var stoppedRun = Guid.CreateVersion7();
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ReportingDbContext>();
            PeriodExport Export(Guid id, DateTime requestedAt) => new() { Id = id, PeriodId = period, Language = "en", RequestedAt = requestedAt };
            var half = Export(stopped, now.AddMinutes(-30));
            half.Start(stoppedRun, 1, now.AddMinutes(-30)); // its process stopped: no progress since
            var running = Export(live, now);
            running.Start(Guid.CreateVersion7(), 1, now);
            var finished = Export(old, now.AddDays(-9));
            finished.Fail("The export stopped on an unexpected error; ask for it again.", now.AddDays(-8));
            db.PeriodExports.AddRange(half, running, Export(waiting, now), finished);
            db.ExportFileChunks.AddRange(
                new ExportFileChunk { RunId = stoppedRun, File = "xlsx", Sequence = 0, ExportId = stopped, Content = [1, 2, 3] },
                new ExportFileChunk { RunId = Guid.CreateVersion7(), File = "zip", Sequence = 0, ExportId = old, Content = [4] });
            await db.SaveChangesAsync();
        }

        // Not ready: the files are refused with how far it is, in problem details.
        var early = await admin.GetAsync(PeriodExportsApi.FileUrl(waiting, "xlsx"));
        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        Assert.Equal("The export is not ready", (await early.JsonAsync()).GetProperty("title").GetString());

        await using (var scope = host.Services.CreateAsyncScope())
        {
            var runner = scope.ServiceProvider.GetRequiredService<PeriodExportRunner>();
            await runner.RunAsync(stopped, CancellationToken.None);
            await runner.RunAsync(live, CancellationToken.None);
        }

        var resumed = await admin.GetFromJsonAsync<JsonElement>($"/api/admin/period-exports/{stopped}");
        Assert.Equal(("ready", 1), (resumed.GetProperty("status").GetString(), resumed.GetProperty("reportCount").GetInt32()));
        var workbook = await admin.GetByteArrayAsync(resumed.GetProperty("workbookUrl").GetString());
        Assert.Single(MiniExcel.Query(new MemoryStream(workbook), useHeaderRow: true, sheetName: "Progress reports"));
        Assert.Equal("running", (await admin.GetFromJsonAsync<JsonElement>($"/api/admin/period-exports/{live}")).GetProperty("status").GetString());

        await using (var scope = host.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetServices<IRecurringTask>().Single(t => t.Name == "reporting-period-export-retention").RunAsync(CancellationToken.None);
            var db = scope.ServiceProvider.GetRequiredService<ReportingDbContext>();
            Assert.Equal(new[] { live, stopped, waiting }.Order(), (await db.PeriodExports.Select(e => e.Id).ToListAsync()).Order());
            Assert.DoesNotContain(await db.ExportFileChunks.Select(c => c.ExportId).ToListAsync(), id => id == old);
            Assert.DoesNotContain(await db.ExportFileChunks.Select(c => c.RunId).ToListAsync(), id => id == stoppedRun); // the stopped run's slices
        }
    }

    private static async Task<Guid> ActivityIn2031Async(HttpClient reporter, Guid resolution, Guid member, Guid commission)
    {
        var id = (await (await reporter.PostAsJsonAsync("/api/activity-reports", new { resolutionId = resolution })).JsonAsync()).GetProperty("id").GetGuid();
        (await reporter.PatchAsync(id, new
        {
            periodFrom = "2031-02-01", periodTo = "2031-06-30", geographicScope = "Colombia, Ecuador y Perú", memberIds = new[] { member },
            commissionIds = new[] { commission }, secretariatInvolved = false,
            actions = new[] { new { category = "Capacity-building", description = "Trained 40 rangers.", status = "On-going" } },
            results = "Rangers trained.", challenges = "Funding.", futureActions = "More training.",
        }, 0)).EnsureSuccessStatusCode();
        return id;
    }

    private static async Task<JsonElement> WaitUntilFinishedAsync(HttpClient admin, string location)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var export = await admin.GetFromJsonAsync<JsonElement>(location);
            if (export.GetProperty("status").GetString() is "ready" or "failed")
            {
                return export;
            }

            Assert.True(DateTime.UtcNow < deadline, $"The export was still not finished after a minute: {export}");

            await Task.Delay(200);
        }
    }

    private static async Task<byte[]> ReadAsync(ZipArchiveEntry entry)
    {
        await using var content = entry.Open();
        using var copy = new MemoryStream();
        await content.CopyToAsync(copy);
        return copy.ToArray();
    }
}
