using Microsoft.Extensions.Localization;
using ModularReports.Reporting.Data;

namespace ModularReports.Reporting.Features.Public;

internal sealed record PublishedProgressLine(Guid Id, string Title, Guid PeriodId, string Period, DateOnly PeriodStartsOn, string? ImplementationStatus, DateTime? PublishedAt);

internal sealed record PublicActivityLine(Guid Id, string Title, string Constituent, DateOnly? PeriodFrom, DateOnly? PeriodTo, DateTime? PublishedAt);

/// <summary>
/// A period since the resolution's Congress, and its published progress report if there is one: the resolution's
/// status of implementation over time.
/// </summary>
internal sealed record TimelineEntry(
    Guid PeriodId, string Period, DateOnly StartsOn, DateOnly EndsOn, Guid? ProgressReportId, string? ImplementationStatus, string? StatusLabel,
    DateTime? PublishedAt);

/// <summary>A constituent with public activity reports on the resolution: how many, and up to when they reach.</summary>
internal sealed record ReportingConstituent(Guid Id, string Name, int Reports, DateOnly? LatestPeriodTo);

internal sealed record ResolutionReports(
    Guid ResolutionId, IReadOnlyList<PublishedProgressLine> ProgressReports, IReadOnlyList<PublicActivityLine> ActivityReports,
    IReadOnlyList<TimelineEntry> Timeline, IReadOnlyList<ReportingConstituent> Constituents)
{
    /// <summary>The status of the latest published progress report, if any.</summary>
    public TimelineEntry? Current => Timeline.LastOrDefault(t => t.ImplementationStatus is not null);
}

/// <summary>
/// What a resolution's public page shows of its implementation: its published progress reports by period (latest
/// first) and as a timeline over the periods since its Congress, the activity reports whose state the activity-report
/// definition marks public (accepted, by default), and the constituents that wrote them.
/// </summary>
internal sealed record ListResolutionReports(Guid ResolutionId) : IQuery<ResolutionReports>;

internal sealed class ListResolutionReportsHandler(
    ReportingDbContext db, IConstituentDirectory constituents, IResolutionCatalog resolutions, IStringLocalizer<ReportingText> text, TimeProvider clock)
    : IQueryHandler<ListResolutionReports, ResolutionReports>
{
    public const int ActivityLimit = 200;

    public async ValueTask<ResolutionReports> Handle(ListResolutionReports query, CancellationToken cancellationToken)
    {
        var resolution = await resolutions.FindAsync(query.ResolutionId, "en", cancellationToken)
            ?? throw new NotFoundException($"No resolution with id {query.ResolutionId}.");
        var progress = (await db.ProgressReports.AsNoTracking().Where(r => r.ResolutionId == query.ResolutionId && r.IsPublic)
            .Join(db.Periods, r => r.PeriodId, p => p.Id, (r, p) => new { r.Id, r.ResolutionCode, PeriodId = p.Id, Period = p.Name, p.StartsOn, r.ImplementationStatus, r.PublishedAt })
            .OrderByDescending(x => x.StartsOn)
            .ToListAsync(cancellationToken))
            .Select(x => new PublishedProgressLine(x.Id, ReportTitle.Progress(x.ResolutionCode), x.PeriodId, x.Period, x.StartsOn, x.ImplementationStatus, x.PublishedAt))
            .ToList();
        var publicActivity = db.ActivityReports.AsNoTracking().Where(r => r.ResolutionId == query.ResolutionId && r.IsPublic);
        var activity = await publicActivity.OrderByDescending(r => r.PublishedAt).Take(ActivityLimit)
            .Select(r => new { r.Id, r.ConstituentId, r.PeriodFrom, r.PeriodTo, r.PublishedAt }).ToListAsync(cancellationToken);
        var reporters = await publicActivity.GroupBy(r => r.ConstituentId)
            .Select(g => new { Id = g.Key, Reports = g.Count(), LatestPeriodTo = g.Max(r => r.PeriodTo) }).ToListAsync(cancellationToken);
        var names = await constituents.FindManyAsync(activity.Select(a => a.ConstituentId).Concat(reporters.Select(r => r.Id)).Distinct().ToList(), cancellationToken);
        return new ResolutionReports(
            query.ResolutionId, progress,
            activity.Select(a => new PublicActivityLine(
                a.Id, ReportTitle.Activity(resolution.Code), names.GetValueOrDefault(a.ConstituentId)?.DisplayName ?? string.Empty, a.PeriodFrom, a.PeriodTo,
                a.PublishedAt)).ToList(),
            await TimelineAsync(resolution, progress, cancellationToken),
            reporters.Select(r => new ReportingConstituent(r.Id, names.GetValueOrDefault(r.Id)?.DisplayName ?? string.Empty, r.Reports, r.LatestPeriodTo))
                .OrderBy(r => r.Name, StringComparer.CurrentCulture).ToList());
    }

    /// <summary>
    /// The periods begun so far that end after the Congress's year began (and any with a published report), oldest
    /// first, each with its published report.
    /// </summary>
    private async Task<IReadOnlyList<TimelineEntry>> TimelineAsync(ResolutionRef resolution, List<PublishedProgressLine> progress, CancellationToken cancellationToken)
    {
        var periods = await db.Periods.AsNoTracking().OrderBy(p => p.StartsOn).ThenBy(p => p.EndsOn).ToListAsync(cancellationToken);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        return periods.Where(p => (Adoption.ReportsFor(resolution.Congress, p.EndsOn) && p.StartsOn <= today) || progress.Any(r => r.PeriodId == p.Id))
            .Select(p => progress.FirstOrDefault(r => r.PeriodId == p.Id) is { } report
                ? new TimelineEntry(p.Id, p.Name, p.StartsOn, p.EndsOn, report.Id, report.ImplementationStatus, ReportingText.Status(text, report.ImplementationStatus), report.PublishedAt)
                : new TimelineEntry(p.Id, p.Name, p.StartsOn, p.EndsOn, null, null, null, null))
            .ToList();
    }
}
