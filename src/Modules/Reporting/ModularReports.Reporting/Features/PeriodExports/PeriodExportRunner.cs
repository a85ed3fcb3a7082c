using System.IO.Compression;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using ModularReports.BuildingBlocks.Hosting;
using ModularReports.Reporting.Data;
using ModularReports.Reporting.Features.Exports;
using ModularReports.Reporting.Features.Public;

namespace ModularReports.Reporting.Features.PeriodExports;

/// <summary>
/// Prepares a period export as a background job, in the language it was asked in: the activity reports covering the
/// period and its progress reports, every state, as they were when the run started, read once into one workbook (a
/// sheet per kind, as the work exports) and one archive with a PDF per report (laid out as the public page, with where
/// its review stands).
/// The run claims the export and saves its progress as it goes; when its process stops, the job's retry finds no
/// progress for a while and starts again from the beginning, and the stopped run, should it come back, cannot save.
/// </summary>
internal sealed partial class PeriodExportRunner(
    ReportingDbContext db, ExportFiles files, WorkReportRows rows, WorkReportColumns columns, PublicReportViews views, ReportDocuments documents,
    IStringLocalizer<ReportingText> text, TimeProvider clock, ILogger<PeriodExportRunner> logger)
{
    /// <summary>How often progress is saved, in reports.</summary>
    private const int ProgressEvery = 20;

    public async Task RunAsync(Guid exportId, CancellationToken cancellationToken)
    {
        var export = await QueuedWork.FindAsync(
            ct => db.PeriodExports.SingleOrDefaultAsync(e => e.Id == exportId, ct), $"Export {exportId}", cancellationToken);
        var started = clock.GetUtcNow().UtcDateTime;
        if (!export.CanRun(started))
        {
            return; // finished, or another run holds it
        }

        using var language = new LanguageScope(export.Language);
        var period = await db.Periods.AsNoTracking().SingleAsync(p => p.Id == export.PeriodId, cancellationToken);
        var activity = db.ActivityReports.AsNoTracking().Where(ActivityReport.Covering(period.StartsOn, period.EndsOn)).Where(r => r.CreatedAt <= started);
        var progress = db.ProgressReports.AsNoTracking().Where(r => r.PeriodId == period.Id && r.CreatedAt <= started);
        var run = Guid.CreateVersion7();
        export.Start(run, await activity.CountAsync(cancellationToken) + await progress.CountAsync(cancellationToken), started);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await using var workbook = TemporaryFile.Create();
            await using var archive = TemporaryFile.Create();
            // One read of the reports: each row goes to its sheet, and its PDF to the archive, as it is read.
            using (var zip = new ZipArchive(archive, ZipArchiveMode.Create, leaveOpen: true))
            {
                var activityRows = WithEach(rows.ActivityOfAsync(activity, cancellationToken), async row =>
                {
                    var report = await views.ActivityAsync(row.Report, cancellationToken);
                    var name = $"{text["File_ActivityReport", report.ResolutionCode, report.Constituent]} {report.PeriodFrom:yyyy-MM-dd} {row.ReviewState}";
                    await AddAsync(zip, export, text["Folder_ActivityReports"], name, documents.Activity(report, row.ReviewState), row.Report.Id, cancellationToken);
                });
                var progressRows = WithEach(rows.ProgressOfAsync(progress, cancellationToken), async row =>
                {
                    var report = await views.ProgressAsync(row.Report, cancellationToken);
                    var name = $"{text["File_ProgressReport", report.ResolutionCode, report.Period]} {row.ReviewState}";
                    await AddAsync(zip, export, text["Folder_ProgressReports"], name, documents.Progress(report, row.ReviewState), row.Report.Id, cancellationToken);
                });
                await XlsxTable.WriteAsync(
                    workbook, cancellationToken,
                    new XlsxSheet<ExportedWork<ActivityReport>>(text["Export_ActivitySheet"], columns.Activity(), activityRows),
                    new XlsxSheet<ExportedWork<ProgressReport>>(text["Export_Sheet"], columns.Progress(), progressRows));
            }

            workbook.Position = 0;
            export.WorkbookDone(await files.SaveAsync(export.Id, run, PeriodExportFiles.Workbook, workbook, cancellationToken), Now);
            archive.Position = 0;
            export.Finish(await files.SaveAsync(export.Id, run, PeriodExportFiles.Archive, archive, cancellationToken), Now);
            await db.SaveChangesAsync(cancellationToken);
            await files.DeleteOtherRunsAsync(export.Id, run, cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another run took the export over (this one was taken for stopped): it finishes it.
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogExportFailed(logger, ex, exportId);
            await FailAsync(exportId, run);
        }
    }

    /// <summary>Records the failure from a fresh unit of work (what failed to save is left out), if this run still holds the export.</summary>
    private async Task FailAsync(Guid exportId, Guid run)
    {
        db.ChangeTracker.Clear();
        var export = await db.PeriodExports.SingleAsync(e => e.Id == exportId, CancellationToken.None);
        if (export.RunId == run)
        {
            export.Fail("The export stopped on an unexpected error; ask for it again.", Now);
            await db.SaveChangesAsync(CancellationToken.None);
        }
    }

    /// <summary>
    /// One report's PDF in the archive, named for people (resolution, organisation or period, dates, review state) and made
    /// unique by the end of the report's id (its random part), which the workbook's links end with too.
    /// </summary>
    private async Task AddAsync(
        ZipArchive zip, PeriodExport export, string folder, string name, ReportDocument document, Guid reportId, CancellationToken cancellationToken)
    {
        // Stored as they are: a PDF's streams are compressed already.
        var entry = zip.CreateEntry($"{FileNames.Safe(folder)}/{FileNames.Safe(name)}-{reportId.ToString("N")[^8..]}.pdf", CompressionLevel.NoCompression);
        await using (var content = await entry.OpenAsync(cancellationToken))
        {
            await content.WriteAsync(PdfReport.Write(document), cancellationToken);
        }

        export.PdfDone(Now);
        if (export.PdfsWritten % ProgressEvery == 0)
        {
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    private static async IAsyncEnumerable<T> WithEach<T>(
        IAsyncEnumerable<T> rows, Func<T, Task> also, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            await also(row);
            yield return row;
        }
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    [LoggerMessage(Level = LogLevel.Error, Message = "Period export {ExportId} failed")]
    private static partial void LogExportFailed(ILogger logger, Exception exception, Guid exportId);
}
