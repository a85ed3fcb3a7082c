using ModularReports.BuildingBlocks.Hosting;
using ModularReports.Reporting.Data;

namespace ModularReports.Reporting.Features.PeriodExports;

/// <summary>Removes period exports, and their files, a week after they finished: they are copies, asked for again at will.</summary>
internal sealed class PeriodExportRetentionTask(ReportingDbContext db, ExportFiles files, TimeProvider clock) : IRecurringTask
{
    public string Name => "reporting-period-export-retention";

    public string Cron => "40 3 * * *";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var expired = await db.PeriodExports.Where(PeriodExport.ExpiredAt(clock.GetUtcNow().UtcDateTime)).Select(e => e.Id).ToListAsync(cancellationToken);
        if (expired.Count == 0)
        {
            return;
        }

        await files.DeleteAsync(expired, cancellationToken);
        await db.PeriodExports.Where(e => expired.Contains(e.Id)).ExecuteDeleteAsync(cancellationToken);
    }
}
