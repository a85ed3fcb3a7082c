using Microsoft.Extensions.Localization;
using ModularReports.Reporting.Data;

namespace ModularReports.Reporting.Features.Public;

/// <summary>Answers the catalogue: a resolution's status is that of its published progress report of the latest period.</summary>
internal sealed class ResolutionImplementation(ReportingDbContext db, IStringLocalizer<ReportingText> text) : IResolutionImplementation
{
    public async Task<IReadOnlyDictionary<Guid, ResolutionImplementationRef>> LatestAsync(
        IReadOnlyCollection<Guid> resolutionIds, CancellationToken cancellationToken) =>
        (await LatestAsync(db.ProgressReports.Where(r => resolutionIds.Contains(r.ResolutionId)), cancellationToken))
            .ToDictionary(r => r.ResolutionId);

    public async Task<IReadOnlyList<Guid>> AtStatusAsync(string? status, CancellationToken cancellationToken) =>
        (await LatestAsync(db.ProgressReports, cancellationToken)).Where(r => status is null || r.Status == status).Select(r => r.ResolutionId).ToList();

    private async Task<List<ResolutionImplementationRef>> LatestAsync(IQueryable<ProgressReport> reports, CancellationToken cancellationToken)
    {
        var published = await reports.AsNoTracking().Where(r => r.IsPublic && r.ImplementationStatus != null)
            .Join(db.Periods, r => r.PeriodId, p => p.Id, (r, p) => new { r.ResolutionId, r.ImplementationStatus, Period = p.Name, p.StartsOn, p.EndsOn })
            .ToListAsync(cancellationToken);
        return published.GroupBy(r => r.ResolutionId)
            .Select(g => g.OrderByDescending(r => r.StartsOn).ThenByDescending(r => r.EndsOn).First())
            .Select(r => new ResolutionImplementationRef(r.ResolutionId, r.ImplementationStatus!, ReportingText.Status(text, r.ImplementationStatus)!, r.Period))
            .ToList();
    }
}

/// <summary>The implementation statuses of IUCN's vocabulary, labelled in the reader's language.</summary>
internal sealed class ImplementationStatuses(IStringLocalizer<ReportingText> text) : IImplementationStatuses
{
    public IReadOnlyList<ImplementationStatusTerm> All() =>
        ReportVocabulary.ImplementationStatuses.Select(s => new ImplementationStatusTerm(s.Code, ReportingText.Status(text, s.Code)!)).ToList();
}
