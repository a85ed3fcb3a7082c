using ModularReports.Reporting.Data;

namespace ModularReports.Reporting.Features.Review;

/// <summary>Loads a report of either kind that the caller may read; anything else is "not found", so ids cannot be probed.</summary>
internal sealed class ReportLoader(ReportStore store, ReportAccess access)
{
    /// <summary>A report to read or edit, with the caller's relations to it.</summary>
    public async Task<(ReviewedReport Report, IReadOnlySet<string> Relations)> LoadAsync(string kind, Guid id, CancellationToken cancellationToken) =>
        await CheckAsync(kind, id, await store.FindAsync(kind, id, cancellationToken), cancellationToken);

    public async Task<(TReport Report, IReadOnlySet<string> Relations)> LoadAsync<TReport>(Guid id, CancellationToken cancellationToken)
        where TReport : ReviewedReport
    {
        var (report, relations) = await LoadAsync(ReportKindOf<TReport>(), id, cancellationToken);
        return ((TReport)report, relations);
    }

    /// <summary>A report to act on (saved with <see cref="ReportStore.SaveTransitionAsync"/>), with the caller's relations to it.</summary>
    public async Task<(ReviewedReport Report, IReadOnlySet<string> Relations)> LoadToActOnAsync(string kind, Guid id, CancellationToken cancellationToken) =>
        await CheckAsync(kind, id, await store.FindToActOnAsync(kind, id, cancellationToken), cancellationToken);

    /// <summary>A report the system acts on (a timer): nobody's access to check.</summary>
    public async Task<ReviewedReport> LoadForSystemAsync(string kind, Guid id, CancellationToken cancellationToken) =>
        await store.FindToActOnAsync(kind, id, cancellationToken) ?? throw new NotFoundException($"No {kind} {id}.");

    public static string ReportKindOf<TReport>()
        where TReport : ReviewedReport => typeof(TReport) == typeof(ActivityReport) ? ReportKinds.Activity : ReportKinds.Progress;

    private async Task<(ReviewedReport Report, IReadOnlySet<string> Relations)> CheckAsync(
        string kind, Guid id, ReviewedReport? report, CancellationToken cancellationToken)
    {
        var relations = report is null ? new HashSet<string>() : await access.RelationsAsync(report, cancellationToken);
        if (report is null || !ReportAccess.CanRead(relations, report))
        {
            throw new NotFoundException($"No {kind} with id {id}.");
        }

        return (report, relations);
    }
}
