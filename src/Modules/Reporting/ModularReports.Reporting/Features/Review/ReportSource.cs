using ModularReports.Reporting.Data;

namespace ModularReports.Reporting.Features.Review;

/// <summary>
/// The reports of one kind as the Workflow module's migrations see them: listed with a title people recognise, and
/// moved to another version of their definition one at a time.
/// </summary>
internal sealed class ReportSource(string kind, ReportingDbContext db, ReportStore store, ReportReview review, IResolutionCatalog resolutions)
    : IWorkflowDocumentSource
{
    public async Task<IReadOnlyList<RunningDocument>> DocumentsAsync(string definitionKey, CancellationToken cancellationToken) =>
        kind == ReportKinds.Activity ? await ActivityAsync(definitionKey, cancellationToken) : await ProgressAsync(definitionKey, cancellationToken);

    public async Task MigrateAsync(Guid documentId, int toVersion, string by, CancellationToken cancellationToken) =>
        await review.MigrateAsync(
            await store.FindAsync(kind, documentId, cancellationToken) ?? throw new InvalidOperationException($"No {kind} {documentId}."), toVersion, by,
            cancellationToken);

    /// <summary>Titled by resolution code, told apart by the start of their id.</summary>
    private async Task<IReadOnlyList<RunningDocument>> ActivityAsync(string definitionKey, CancellationToken cancellationToken)
    {
        var reports = await db.ActivityReports.AsNoTracking().Where(r => r.DefinitionKey == definitionKey)
            .Select(r => new { r.Id, r.ResolutionId, r.DefinitionVersion, r.State, r.UpdatedAt }).ToListAsync(cancellationToken);
        var codes = await resolutions.FindManyAsync(reports.Select(r => r.ResolutionId).Distinct().ToList(), "en", cancellationToken);
        return reports.Select(r => new RunningDocument(
            kind, r.Id, $"{ReportTitle.Activity(codes.GetValueOrDefault(r.ResolutionId)?.Code ?? "?")} ({r.Id.ToString()[..8]})",
            r.DefinitionVersion, r.State, r.UpdatedAt)).ToList();
    }

    /// <summary>Titled by resolution code and period: there is one per pair.</summary>
    private async Task<IReadOnlyList<RunningDocument>> ProgressAsync(string definitionKey, CancellationToken cancellationToken)
    {
        var reports = await db.ProgressReports.AsNoTracking().Where(r => r.DefinitionKey == definitionKey)
            .Join(db.Periods, r => r.PeriodId, p => p.Id, (r, p) => new { r.Id, r.ResolutionCode, Period = p.Name, r.DefinitionVersion, r.State, r.UpdatedAt })
            .ToListAsync(cancellationToken);
        return reports.Select(r => new RunningDocument(
            kind, r.Id, $"{ReportTitle.Progress(r.ResolutionCode)} ({r.Period})", r.DefinitionVersion, r.State, r.UpdatedAt)).ToList();
    }
}
