using ModularReports.Reporting.Data;

namespace ModularReports.Reporting.Features.Insight;

/// <summary>The latest period with a published progress report: what the dashboard shows first.</summary>
internal sealed record LatestReportedPeriod : IQuery<Guid?>;

internal sealed class LatestReportedPeriodHandler(ReportingDbContext db) : IQueryHandler<LatestReportedPeriod, Guid?>
{
    public async ValueTask<Guid?> Handle(LatestReportedPeriod query, CancellationToken cancellationToken) =>
        await db.Periods.AsNoTracking().Where(p => db.ProgressReports.Any(r => r.PeriodId == p.Id && r.IsPublic))
            .OrderByDescending(p => p.StartsOn).Select(p => (Guid?)p.Id).FirstOrDefaultAsync(cancellationToken);
}
