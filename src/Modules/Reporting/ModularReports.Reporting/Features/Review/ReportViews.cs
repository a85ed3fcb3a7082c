using ModularReports.Reporting.Features.ActivityReports;
using ModularReports.Reporting.Features.ProgressReports;

namespace ModularReports.Reporting.Features.Review;

/// <summary>A report as the API returns it; <see cref="Version"/> is also its ETag.</summary>
internal interface IReportView
{
    Guid Id { get; }

    int Version { get; }

    DateTime UpdatedAt { get; }

    IReadOnlyList<Guid> MemberIds { get; }

    IReadOnlyList<Guid> CommissionIds { get; }

    /// <summary>The same view at the version a save moved the report on to.</summary>
    IReportView AtVersion(int version);
}

/// <summary>The view of a report of either kind, with the names and labels that go with it.</summary>
internal sealed class ReportViews(ActivityReportViews activity, ProgressReportViews progress)
{
    public async Task<IReportView> ViewAsync(ReviewedReport report, CancellationToken cancellationToken) => report switch
    {
        ActivityReport a => await activity.ViewAsync(a, cancellationToken),
        ProgressReport p => await progress.ViewAsync(p, cancellationToken),
        _ => throw new ArgumentOutOfRangeException(nameof(report), report.GetType().Name, "Not a kind of report."),
    };
}
