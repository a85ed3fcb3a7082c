namespace ModularReports.Reporting.Features.ProgressReports;

/// <summary>Progress reports as the Workflow module's migrations see them.</summary>
internal sealed class ProgressReportSource(ReportingDbContext db, ReportReview review) : IWorkflowDocumentSource
{
    public async Task<IReadOnlyList<RunningDocument>> DocumentsAsync(string definitionKey, CancellationToken cancellationToken)
    {
        var reports = await db.ProgressReports.AsNoTracking().Where(r => r.DefinitionKey == definitionKey)
            .Join(db.Periods, r => r.PeriodId, p => p.Id, (r, p) => new { r.Id, r.ResolutionCode, Period = p.Name, r.DefinitionVersion, r.State, r.UpdatedAt })
            .ToListAsync(cancellationToken);
        return reports.Select(r => new RunningDocument(
            ReportKinds.Progress, r.Id, $"{ReportTitle.Progress(r.ResolutionCode)} ({r.Period})", r.DefinitionVersion, r.State, r.UpdatedAt)).ToList();
    }

    public async Task MigrateAsync(Guid documentId, int toVersion, string by, CancellationToken cancellationToken) =>
        await review.MigrateAsync(await db.ProgressReports.SingleAsync(r => r.Id == documentId, cancellationToken), toVersion, by, cancellationToken);
}
