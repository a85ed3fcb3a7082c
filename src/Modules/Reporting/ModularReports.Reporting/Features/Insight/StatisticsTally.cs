namespace ModularReports.Reporting.Features.Insight;

/// <summary>Counts published progress reports by status, overall or by the groups each report belongs to.</summary>
internal sealed class StatisticsTally(IReadOnlyList<string> statuses, IReadOnlyList<ReportFacts> facts)
{
    public IReadOnlyList<string> Statuses => statuses;

    /// <summary>The reports at each status, in the order of the statuses.</summary>
    public IReadOnlyList<int> Counts(IEnumerable<ReportFacts> reports)
    {
        var counts = new int[statuses.Count];
        foreach (var report in reports)
        {
            var index = IndexOf(report.ImplementationStatus);
            if (index >= 0)
            {
                counts[index]++;
            }
        }

        return counts;
    }

    /// <summary>
    /// One group per key that some report belongs to (a report with two Commissions counts in both), largest first.
    /// </summary>
    public IEnumerable<StatisticsGroup> By(Func<ReportFacts, IEnumerable<string>> keys, Func<string, string> label) =>
        facts.SelectMany(f => keys(f).Distinct().Select(key => (Key: key, Report: f)))
            .GroupBy(x => x.Key, x => x.Report)
            .Select(g =>
            {
                var counts = Counts(g);
                return new StatisticsGroup(g.Key, label(g.Key), counts, counts.Sum());
            })
            .OrderByDescending(g => g.Total);

    private int IndexOf(string? status)
    {
        for (var i = 0; i < statuses.Count; i++)
        {
            if (statuses[i] == status)
            {
                return i;
            }
        }

        return -1;
    }
}
