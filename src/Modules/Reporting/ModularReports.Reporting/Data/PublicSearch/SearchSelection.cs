using System.Text.RegularExpressions;

namespace ModularReports.Reporting.Data.PublicSearch;

/// <summary>
/// What a search selects: the filtered reports and, for words on SQLite, the full-text matches that drive the reading
/// order (publication order, the index's own), so a page of a broad word reads a page's worth of matches, not all.
/// Every value comes from the <see cref="SearchArguments"/> (ADR 16).
/// </summary>
internal sealed record SearchSelection(IQueryable<ProgressReport> Reports, IQueryable<ProgressSearchRow>? Matches, bool CountFromIndex)
{
    /// <summary>The published reports matching the search (also what the CSV export writes).</summary>
    public static SearchSelection Of(ReportingDbContext db, SearchArguments a)
    {
        var reports = db.ProgressReports.AsNoTracking().Where(r => r.IsPublic == a.Public);
        if (a.Has(SearchFilters.Congress))
        {
            reports = reports.Where(r => r.ResolutionCode.StartsWith(a.CongressPrefix));
        }

        if (a.Has(SearchFilters.Resolution))
        {
            reports = reports.Where(r => r.ResolutionId == a.ResolutionId);
        }

        if (a.Has(SearchFilters.Status))
        {
            reports = reports.Where(r => r.ImplementationStatus == a.Status);
        }

        if (a.Has(SearchFilters.Category))
        {
            reports = reports.Where(r => (r.CategoryMask & a.CategoryBit) != 0);
        }

        if (a.Has(SearchFilters.Constituent))
        {
            reports = reports.Where(r => r.InvolvedConstituentIds.Contains(a.ConstituentId));
        }

        if (a.Has(SearchFilters.Period))
        {
            reports = reports.Where(r => r.PeriodId == a.PeriodId);
        }

        if (a.Has(SearchFilters.ResolutionCode))
        {
            reports = reports.Where(r => r.ResolutionCode == a.ResolutionCode);
        }

        if (a.Has(SearchFilters.Members))
        {
            reports = reports.Where(r => r.InvolvedConstituentIds.Any(id => a.MemberIds.Contains(id)));
        }

        // Words. SQLite: the full-text index, read in its (publication) order, stops once the page and the count limit
        // are full. PostgreSQL: a word-start regular expression, which its trigram index serves. SQL Server: anywhere.
        foreach (var word in a.Words)
        {
            var pattern = @"\m" + word;
            reports = db is PostgreSqlReportingDbContext ? reports.Where(r => Regex.IsMatch(r.SearchText, pattern)) : reports.Where(r => r.SearchText.Contains(word));
        }

        var matches = a.Has(SearchFilters.FullText) ? db.ProgressSearch.Where(m => FullTextMatch.Matches(m.SearchText, a.FullTextQuery)) : null;
        // Words, and at most the congress (asked of the index too): the index alone answers which reports match.
        return new SearchSelection(reports, matches, CountFromIndex: (a.Filters & ~SearchFilters.Congress) == SearchFilters.FullText);
    }

    /// <summary>Newest first; ties by id, in the same direction as the indexes.</summary>
    public IQueryable<ProgressReport> Ordered() => Matches is null
        ? Reports.OrderByDescending(r => r.PublishedAt).ThenByDescending(r => r.Id)
        : Matched(Matches).OrderByDescending(x => x.Sequence).Select(x => x.Report);

    /// <summary>
    /// The matching ids, for counting. Words (and the congress) alone are counted in the full-text table, which holds
    /// public reports only: a broad word then reads a thousand index entries instead of a thousand reports.
    /// </summary>
    public IQueryable<Guid> Ids() => Matches is null ? Reports.Select(r => r.Id)
        : CountFromIndex ? Matches.Select(m => m.ReportId)
        : Matched(Matches).Select(x => x.Report.Id);

    private IQueryable<RankedReport> Matched(IQueryable<ProgressSearchRow> matches) =>
        matches.Join(Reports, m => m.ReportId, r => r.Id, (m, r) => new RankedReport { Sequence = m.Sequence, Report = r });
}

/// <summary>A report with its place in the full-text index's publication order.</summary>
internal sealed class RankedReport
{
    public long Sequence { get; init; }

    public required ProgressReport Report { get; init; }
}
