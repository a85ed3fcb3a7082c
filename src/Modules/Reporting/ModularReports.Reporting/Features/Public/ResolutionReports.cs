using ModularReports.Reporting.Data;

namespace ModularReports.Reporting.Features.Public;

internal sealed record PublishedProgressLine(Guid Id, string Title, Guid PeriodId, string Period, DateOnly PeriodStartsOn, string? ImplementationStatus, DateTime? PublishedAt);

internal sealed record PublicActivityLine(Guid Id, string Title, string Constituent, DateOnly? PeriodFrom, DateOnly? PeriodTo, DateTime? PublishedAt);

internal sealed record ResolutionReports(Guid ResolutionId, IReadOnlyList<PublishedProgressLine> ProgressReports, IReadOnlyList<PublicActivityLine> ActivityReports);

/// <summary>
/// What a resolution's public page lists: its published progress reports by period (latest first), and the activity
/// reports whose state the activity-report definition marks public (accepted, by default).
/// </summary>
internal sealed record ListResolutionReports(Guid ResolutionId) : IQuery<ResolutionReports>;

internal sealed class ListResolutionReportsHandler(ReportingDbContext db, IConstituentDirectory constituents, IResolutionCatalog resolutions)
    : IQueryHandler<ListResolutionReports, ResolutionReports>
{
    public const int ActivityLimit = 200;

    public async ValueTask<ResolutionReports> Handle(ListResolutionReports query, CancellationToken cancellationToken)
    {
        var progress = (await db.ProgressReports.AsNoTracking().Where(r => r.ResolutionId == query.ResolutionId && r.IsPublic)
            .Join(db.Periods, r => r.PeriodId, p => p.Id, (r, p) => new { r.Id, r.ResolutionCode, PeriodId = p.Id, Period = p.Name, p.StartsOn, r.ImplementationStatus, r.PublishedAt })
            .OrderByDescending(x => x.StartsOn)
            .ToListAsync(cancellationToken))
            .Select(x => new PublishedProgressLine(x.Id, ReportTitle.Progress(x.ResolutionCode), x.PeriodId, x.Period, x.StartsOn, x.ImplementationStatus, x.PublishedAt))
            .ToList();
        var activity = await db.ActivityReports.AsNoTracking().Where(r => r.ResolutionId == query.ResolutionId && r.IsPublic)
            .OrderByDescending(r => r.PublishedAt).Take(ActivityLimit)
            .Select(r => new { r.Id, r.ConstituentId, r.PeriodFrom, r.PeriodTo, r.PublishedAt }).ToListAsync(cancellationToken);
        var names = await constituents.FindManyAsync(activity.Select(a => a.ConstituentId).Distinct().ToList(), cancellationToken);
        var code = (await resolutions.FindAsync(query.ResolutionId, "en", cancellationToken))?.Code ?? string.Empty;
        return new ResolutionReports(
            query.ResolutionId, progress,
            activity.Select(a => new PublicActivityLine(
                a.Id, ReportTitle.Activity(code), names.GetValueOrDefault(a.ConstituentId)?.DisplayName ?? string.Empty, a.PeriodFrom, a.PeriodTo, a.PublishedAt)).ToList());
    }
}
