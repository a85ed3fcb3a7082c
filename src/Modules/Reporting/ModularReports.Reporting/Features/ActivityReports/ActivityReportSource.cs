namespace ModularReports.Reporting.Features.ActivityReports;

/// <summary>Activity reports as the Workflow module's migrations see them.</summary>
internal sealed class ActivityReportSource(ReportingDbContext db, IResolutionCatalog resolutions, ReportReview review) : IWorkflowDocumentSource
{
    public async Task<IReadOnlyList<RunningDocument>> DocumentsAsync(string definitionKey, CancellationToken cancellationToken)
    {
        var reports = await db.ActivityReports.AsNoTracking().Where(r => r.DefinitionKey == definitionKey)
            .Select(r => new { r.Id, r.ResolutionId, r.DefinitionVersion, r.State, r.UpdatedAt }).ToListAsync(cancellationToken);
        var codes = await resolutions.FindManyAsync(reports.Select(r => r.ResolutionId).Distinct().ToList(), "en", cancellationToken);
        return reports.Select(r => new RunningDocument(
            ReportKinds.Activity, r.Id, $"{ReportTitle.Activity(codes.GetValueOrDefault(r.ResolutionId)?.Code ?? "?")} ({r.Id.ToString()[..8]})",
            r.DefinitionVersion, r.State, r.UpdatedAt)).ToList();
    }

    public async Task MigrateAsync(Guid documentId, int toVersion, string by, CancellationToken cancellationToken) =>
        await review.MigrateAsync(await db.ActivityReports.SingleAsync(r => r.Id == documentId, cancellationToken), toVersion, by, cancellationToken);
}
