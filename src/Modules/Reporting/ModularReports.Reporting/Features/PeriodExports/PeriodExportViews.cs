using ModularReports.Reporting.Data;

namespace ModularReports.Reporting.Features.PeriodExports;

/// <summary>
/// A period export as admins follow it: <paramref name="Status"/> is queued, running, ready or failed; while it runs,
/// <paramref name="PdfsWritten"/> of <paramref name="ReportCount"/> reports are in the archive. The files' addresses are
/// given once they are ready.
/// </summary>
internal sealed record PeriodExportView(
    Guid Id, Guid PeriodId, string Period, string Language, string RequestedBy, DateTime RequestedAt, string Status, bool IsFinished, int ReportCount,
    int PdfsWritten, int Percent, string? WorkbookUrl, long WorkbookBytes, string? ArchiveUrl, long ArchiveBytes, DateTime? FinishedAt,
    DateTime? ExpiresAt, string? Failure);

internal sealed record ListPeriodExports : IQuery<IReadOnlyList<PeriodExportView>>;

internal sealed record GetPeriodExport(Guid Id) : IQuery<PeriodExportView>;

internal sealed class PeriodExportQueries(ReportingDbContext db, PeriodExportViews views)
    : IQueryHandler<ListPeriodExports, IReadOnlyList<PeriodExportView>>, IQueryHandler<GetPeriodExport, PeriodExportView>
{
    /// <summary>Exports are kept a week: a page of the newest is all there is to show.</summary>
    private const int Shown = 50;

    public async ValueTask<IReadOnlyList<PeriodExportView>> Handle(ListPeriodExports query, CancellationToken cancellationToken) =>
        await views.ViewAsync(
            await db.PeriodExports.AsNoTracking().OrderByDescending(e => e.RequestedAt).Take(Shown).ToListAsync(cancellationToken), cancellationToken);

    public async ValueTask<PeriodExportView> Handle(GetPeriodExport query, CancellationToken cancellationToken)
    {
        var export = await db.PeriodExports.AsNoTracking().SingleOrDefaultAsync(e => e.Id == query.Id, cancellationToken)
            ?? throw new NotFoundException($"No export {query.Id}.");
        return (await views.ViewAsync([export], cancellationToken))[0];
    }
}

internal sealed class PeriodExportViews(ReportingDbContext db, IUserDirectory users)
{
    public async Task<IReadOnlyList<PeriodExportView>> ViewAsync(IReadOnlyList<PeriodExport> exports, CancellationToken cancellationToken)
    {
        var periodIds = exports.Select(e => e.PeriodId).Distinct().ToList();
        var periods = await db.Periods.AsNoTracking().Where(p => periodIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, cancellationToken);
        var people = await users.FindManyAsync(exports.Select(e => e.RequestedBy).Distinct().ToList(), cancellationToken);
        return exports.Select(e =>
        {
            var ready = e.Status == PeriodExportStatus.Ready;
            return new PeriodExportView(
                e.Id, e.PeriodId, periods.GetValueOrDefault(e.PeriodId, string.Empty), e.Language, people.GetValueOrDefault(e.RequestedBy)?.DisplayName ?? string.Empty,
                e.RequestedAt, e.Status.ToString().ToLowerInvariant(), e.IsFinished, e.ReportCount, e.PdfsWritten, e.Percent,
                ready ? PeriodExportsApi.FileUrl(e.Id, PeriodExportFiles.Workbook) : null, e.WorkbookBytes,
                ready ? PeriodExportsApi.FileUrl(e.Id, PeriodExportFiles.Archive) : null, e.ArchiveBytes, e.FinishedAt,
                e.FinishedAt + PeriodExport.KeptFor, e.Failure);
        }).ToList();
    }
}

/// <summary>The two files of a period export, as stored and as their addresses end.</summary>
internal static class PeriodExportFiles
{
    public const string Workbook = "xlsx";

    public const string Archive = "zip";

    public static bool IsKnown(string file) => file is Workbook or Archive;
}
