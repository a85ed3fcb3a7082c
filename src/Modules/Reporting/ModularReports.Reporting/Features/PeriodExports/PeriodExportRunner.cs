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
/// period and its progress reports, every state, as one workbook (a sheet per kind, as the work exports) and one archive
/// with a PDF per report (laid out as the public page, with where its review stands). Progress is saved as it goes; a
/// run that stopped half-way (the process ended) starts again from the beginning when the job is retried.
/// </summary>
internal sealed partial class PeriodExportRunner(
    ReportingDbContext db, ExportFiles files, WorkReportRows rows, WorkReportColumns columns, PublicReportViews views, ReportDocuments documents,
    IStringLocalizer<ReportingText> text, TimeProvider clock, ILogger<PeriodExportRunner> logger)
{
    /// <summary>How often progress is saved, in reports.</summary>
    private const int ProgressEvery = 20;

    private const int CommitWaits = 16;

    public async Task RunAsync(Guid exportId, CancellationToken cancellationToken)
    {
        var export = await QueuedExportAsync(exportId, cancellationToken);
        if (export.IsFinished)
        {
            return; // already run (a retried or duplicated job)
        }

        using var language = new LanguageScope(export.Language);
        var period = await db.Periods.AsNoTracking().SingleAsync(p => p.Id == export.PeriodId, cancellationToken);
        var activity = db.ActivityReports.AsNoTracking().Where(ActivityReport.Covering(period.StartsOn, period.EndsOn));
        var progress = db.ProgressReports.AsNoTracking().Where(r => r.PeriodId == period.Id);
        export.Start(await activity.CountAsync(cancellationToken) + await progress.CountAsync(cancellationToken), clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        try
        {
            await using (var workbook = XlsxTable.TemporaryFile())
            {
                await XlsxTable.WriteAsync(
                    workbook, cancellationToken,
                    new XlsxSheet<ExportedWork<ActivityReport>>(text["Export_ActivitySheet"], columns.Activity(), rows.ActivityOfAsync(activity, cancellationToken)),
                    new XlsxSheet<ExportedWork<ProgressReport>>(text["Export_Sheet"], columns.Progress(), rows.ProgressOfAsync(progress, cancellationToken)));
                workbook.Position = 0;
                export.WorkbookDone(await files.SaveAsync(export.Id, PeriodExportFiles.Workbook, workbook, cancellationToken));
                await db.SaveChangesAsync(cancellationToken);
            }

            await using var archive = XlsxTable.TemporaryFile();
            using (var zip = new ZipArchive(archive, ZipArchiveMode.Create, leaveOpen: true))
            {
                await foreach (var row in rows.ActivityOfAsync(activity, cancellationToken))
                {
                    var report = await views.ActivityAsync(row.Report, cancellationToken);
                    await AddAsync(zip, export, text["Folder_ActivityReports"], text["File_ActivityReport", report.ResolutionCode, report.Constituent],
                        documents.Activity(report, row.ReviewState), row.Report.Id, cancellationToken);
                }

                await foreach (var row in rows.ProgressOfAsync(progress, cancellationToken))
                {
                    var report = await views.ProgressAsync(row.Report, cancellationToken);
                    await AddAsync(zip, export, text["Folder_ProgressReports"], text["File_ProgressReport", report.ResolutionCode, report.Period],
                        documents.Progress(report, row.ReviewState), row.Report.Id, cancellationToken);
                }
            }

            archive.Position = 0;
            export.Finish(await files.SaveAsync(export.Id, PeriodExportFiles.Archive, archive, cancellationToken), clock.GetUtcNow().UtcDateTime);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogExportFailed(logger, ex, exportId);
            export.Fail("The export stopped on an unexpected error; ask for it again.", clock.GetUtcNow().UtcDateTime);
        }

        await db.SaveChangesAsync(CancellationToken.None);
    }

    /// <summary>One report's PDF in the archive, named for people and made unique by the end of the report's id (its random part).</summary>
    private async Task AddAsync(
        ZipArchive zip, PeriodExport export, string folder, string name, ReportDocument document, Guid reportId, CancellationToken cancellationToken)
    {
        var entry = zip.CreateEntry($"{FileNames.Safe(folder)}/{FileNames.Safe(name)}-{reportId.ToString("N")[^8..]}.pdf", CompressionLevel.Fastest);
        await using (var content = await entry.OpenAsync(cancellationToken))
        {
            await content.WriteAsync(PdfReport.Write(document), cancellationToken);
        }

        export.PdfDone();
        if (export.PdfsWritten % ProgressEvery == 0)
        {
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    /// <summary>
    /// The export is queued inside the request's transaction, so the job may start before that commits: it waits for the
    /// commit a few seconds rather than failing into Hangfire's retry, which would start it only much later.
    /// </summary>
    private async Task<PeriodExport> QueuedExportAsync(Guid exportId, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            if (await db.PeriodExports.SingleOrDefaultAsync(e => e.Id == exportId, cancellationToken) is { } export)
            {
                return export;
            }

            if (attempt == CommitWaits)
            {
                throw new InvalidOperationException($"Export {exportId} is not visible yet.");
            }

            await Task.Delay(Backoff.Doubling(TimeSpan.FromMilliseconds(20), TimeSpan.FromSeconds(1), attempt), cancellationToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Period export {ExportId} failed")]
    private static partial void LogExportFailed(ILogger logger, Exception exception, Guid exportId);
}
