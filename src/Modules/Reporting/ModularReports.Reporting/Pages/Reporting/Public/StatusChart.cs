using ModularReports.Reporting.Features.Insight;

namespace ModularReports.Reporting.Pages.Reporting.Public;

/// <summary>
/// A chart of the dashboard and its table: one bar per group, split by status. <see cref="Link"/> gives the published
/// reports a figure counts (a group's key or null for all, a status or null for all).
/// </summary>
internal sealed record StatusChart(
    string Name, string Title, string GroupHeading, IReadOnlyList<ImplementationStatusTerm> Statuses, IReadOnlyList<StatisticsGroup> Groups,
    Func<string?, string?, string> Link, string CsvHref)
{
    /// <summary>Bars are drawn to one scale, the largest group's total.</summary>
    public double Scale => Math.Max(1, Groups.Count == 0 ? 1 : Groups.Max(g => g.Total));

    /// <summary>A bar's or a segment's width, as CSS.</summary>
    public string Width(double part, double whole) => (100 * part / whole).ToString("0.##", CultureInfo.InvariantCulture) + "%";
}
