using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Localization;
using ModularReports.Reporting.Data;
using ModularReports.Reporting.Data.PublicSearch;
using ModularReports.Reporting.Features.Public;

namespace ModularReports.Reporting.Features.Insight;

/// <summary>
/// One bar of a chart: how many of the published progress reports it counts are at each status (in the order of
/// <see cref="ImplementationStatistics.Statuses"/>). <see cref="Key"/> is the search filter's value that lists them.
/// </summary>
internal sealed record StatisticsGroup(string Key, string Label, IReadOnlyList<int> Counts, int Total);

/// <summary>A chart: the published progress reports grouped by one dimension (<see cref="StatisticsBreakdowns"/>).</summary>
internal sealed record StatisticsBreakdown(string Name, IReadOnlyList<StatisticsGroup> Groups);

/// <summary>How many resolutions adopted by then have a published progress report for a period.</summary>
internal sealed record CoverageLine(Guid PeriodId, string Period, int Reported, int Resolutions);

/// <summary>
/// Where implementation stands for the reports a search selects. The unit is a published progress report: a
/// resolution's status in one period; with a period chosen, each resolution counts once.
/// </summary>
internal sealed record ImplementationStatistics(
    IReadOnlyList<ImplementationStatusTerm> Statuses, int ProgressReports, IReadOnlyList<int> StatusCounts, int ResolutionsReported, int ActivityReports,
    int ReportingOrganisations, IReadOnlyList<CoverageLine> Coverage, IReadOnlyList<StatisticsBreakdown> Breakdowns)
{
    public StatisticsBreakdown Breakdown(string name) => Breakdowns.Single(b => b.Name == name);
}

/// <summary>
/// The statistics of the published reports, with the published-report search's filters: by Congress, Commission,
/// statutory region, Member category, action category and period.
/// </summary>
internal sealed record ReadStatistics(
    string? Congress, Guid? ResolutionId, string? Status, string? Category, Guid? ConstituentId, Guid? PeriodId, string? Q, string? Region = null,
    string? MemberCategory = null) : IQuery<ImplementationStatistics>, ISearchRequest
{
    int ISearchRequest.Page => 1;

    int ISearchRequest.PageSize => 1;

    /// <summary>The published-report search that lists the reports these statistics count.</summary>
    public SearchPublished Search() => new(Congress, ResolutionId, Status, Category, ConstituentId, PeriodId, Q, Region, MemberCategory);
}

internal sealed class ReadStatisticsValidator(IConstituencyVocabularies vocabularies) : SearchRequestValidator<ReadStatistics>(vocabularies);

/// <summary>
/// Counts every time the published reports change, and otherwise answers from memory: the figures are kept per
/// search and language, and told apart by the latest publication of each kind of report, which the database answers
/// from an index whatever its size. A report leaving a public state does not change that date: its figures go after
/// <see cref="Lifetime"/> at the latest.
/// </summary>
internal sealed class ReadStatisticsHandler(
    ReportingDbContext db, IResolutionCatalog resolutions, IConstituentDirectory constituents, IConstituencyVocabularies vocabularies,
    IStringLocalizer<ReportingText> text, IImplementationStatuses implementationStatuses, IMemoryCache cache) : IQueryHandler<ReadStatistics, ImplementationStatistics>
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(2);

    public async ValueTask<ImplementationStatistics> Handle(ReadStatistics query, CancellationToken cancellationToken)
    {
        // "IsPublic = @public", not the bare column: SQLite then reads the latest date from the index (ADR 12).
        var isPublic = true;
        var published = (
            await db.ProgressReports.Where(r => r.IsPublic == isPublic).MaxAsync(r => r.PublishedAt, cancellationToken),
            await db.ActivityReports.Where(r => r.IsPublic == isPublic).MaxAsync(r => r.PublishedAt, cancellationToken));
        var key = (typeof(ImplementationStatistics), query, CultureInfo.CurrentUICulture.Name, published);
        if (cache.TryGetValue(key, out ImplementationStatistics? known))
        {
            return known!;
        }

        var statistics = await CountAsync(query, cancellationToken);
        cache.Set(key, statistics, Lifetime);
        return statistics;
    }

    private async Task<ImplementationStatistics> CountAsync(ReadStatistics query, CancellationToken cancellationToken)
    {
        var language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        var members = await constituents.MembersAsync(query, cancellationToken);
        var facts = await FactsAsync(query, members, cancellationToken);
        // The trend is over every period, whichever one the other charts show.
        var trend = query.PeriodId is null ? facts : await FactsAsync(query with { PeriodId = null }, members, cancellationToken);
        var periods = await db.Periods.AsNoTracking().OrderBy(p => p.StartsOn).ToListAsync(cancellationToken);
        var involved = await constituents.FindManyAsync(facts.SelectMany(f => f.InvolvedIds).Distinct().ToList(), cancellationToken);
        var statuses = implementationStatuses.All();
        var tally = new StatisticsTally(statuses.Select(s => s.Code).ToList(), facts);
        var (activity, organisations) = await ActivityAsync(facts, periods.SingleOrDefault(p => p.Id == query.PeriodId), cancellationToken);

        // A report counts under the regions and categories of the Members involved (named in it, or whose reports it was
        // compiled from), and with a region or category chosen, of those that match it: the search a figure links to asks
        // for one Member with both.
        var matching = members?.ToHashSet();
        IEnumerable<ConstituentRef> Members(ReportFacts f) =>
            f.InvolvedIds.Where(id => matching is null || matching.Contains(id)).Select(involved.GetValueOrDefault).OfType<ConstituentRef>()
                .Where(c => c.Type == "Member");
        string RegionLabel(string code) => Label(vocabularies.Regions, code);
        string CategoryLabel(string code) => Label(vocabularies.MembershipCategories, code);
        return new ImplementationStatistics(
            statuses, facts.Count, tally.Counts(facts), facts.Select(f => f.ResolutionId).Distinct().Count(), activity, organisations,
            await CoverageAsync(query, periods, language, cancellationToken),
            [
                new(StatisticsBreakdowns.Congress, tally.By(f => [Congress(f.ResolutionCode)], key => key).OrderBy(g => g.Key, StringComparer.Ordinal).ToList()),
                new(StatisticsBreakdowns.Commission, Only(query.ConstituentId?.ToString(), tally.By(
                    f => f.CommissionIds.Where(involved.ContainsKey).Select(id => id.ToString()),
                    key => involved[Guid.Parse(key)].DisplayName)).OrderBy(g => g.Label, StringComparer.CurrentCulture).ToList()),
                new(StatisticsBreakdowns.Region, Only(query.Region, tally.By(f => Members(f).Select(m => m.Region).OfType<string>(), RegionLabel))
                    .OrderBy(g => Order(vocabularies.Regions, g.Key)).ToList()),
                new(StatisticsBreakdowns.MemberCategory, Only(
                    query.MemberCategory, tally.By(f => Members(f).Select(m => m.MembershipCategory).OfType<string>(), CategoryLabel))
                    .OrderBy(g => g.Key, StringComparer.Ordinal).ToList()),
                new(StatisticsBreakdowns.ActionCategory, Only(query.Category, tally.By(
                    f => ReportVocabulary.ActionCategories.Where(c => (f.CategoryMask & ReportVocabulary.CategoryBit(c)) != 0), c => ReportingText.Category(text, c)))
                    .OrderBy(g => ReportVocabulary.CategoryBit(g.Key)).ToList()),
                new(StatisticsBreakdowns.Period, new StatisticsTally(tally.Statuses, trend).By(f => [f.PeriodId.ToString()], key => periods.Single(p => p.Id == Guid.Parse(key)).Name)
                    .OrderBy(g => periods.FindIndex(p => p.Id == Guid.Parse(g.Key))).ToList()),
            ]);
    }

    /// <summary>
    /// A chart of the dimension the search already filters on shows that group only: its other groups (a report's other
    /// action categories, say) would link to a search without the filter, and count what it does not list.
    /// </summary>
    private static IEnumerable<StatisticsGroup> Only(string? filter, IEnumerable<StatisticsGroup> groups) =>
        string.IsNullOrEmpty(filter) ? groups : groups.Where(g => g.Key == filter);

    private async Task<List<ReportFacts>> FactsAsync(ReadStatistics query, IReadOnlyList<Guid>? members, CancellationToken cancellationToken)
    {
        var selection = SearchSelection.Of(db, SearchArguments.Of(query, db, members));
        var reports = selection.Matches is null ? selection.Reports : selection.Reports.Where(r => selection.Matches.Select(m => m.ReportId).Contains(r.Id));
        return await reports
            .Select(r => new ReportFacts(r.ResolutionId, r.ResolutionCode, r.PeriodId, r.ImplementationStatus, r.CategoryMask, r.InvolvedConstituentIds, r.CommissionIds))
            .ToListAsync(cancellationToken);
    }

    /// <summary>"WCC 2020" of "WCC 2020 Res 054".</summary>
    public static string Congress(string resolutionCode) => string.Join(' ', resolutionCode.Split(' ').Take(2));

    private static string Label(IReadOnlyList<VocabularyTerm> terms, string code) =>
        terms.FirstOrDefault(t => t.Code == code)?.Labels.GetValueOrDefault(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName) ?? code;

    private static int Order(IReadOnlyList<VocabularyTerm> terms, string code) => terms.Select(t => t.Code).ToList().IndexOf(code);

    /// <summary>
    /// The public activity reports on the resolutions counted (within the chosen period's dates) and the organisations
    /// that wrote them.
    /// </summary>
    private async Task<(int Reports, int Organisations)> ActivityAsync(
        List<ReportFacts> facts, ReportingPeriod? period, CancellationToken cancellationToken)
    {
        var resolutionIds = facts.Select(f => f.ResolutionId).Distinct().ToList();
        if (resolutionIds.Count == 0)
        {
            return (0, 0);
        }

        var activity = db.ActivityReports.AsNoTracking().Where(a => a.IsPublic && resolutionIds.Contains(a.ResolutionId));
        if (period is not null)
        {
            activity = activity.Where(ActivityReport.Covering(period.StartsOn, period.EndsOn));
        }

        var counts = await activity.GroupBy(a => 1).Select(g => new { Reports = g.Count(), Organisations = g.Select(a => a.ConstituentId).Distinct().Count() })
            .SingleOrDefaultAsync(cancellationToken);
        return (counts?.Reports ?? 0, counts?.Organisations ?? 0);
    }

    /// <summary>
    /// For each period (or the one chosen): the resolutions of the Congress (or the resolution) chosen that were adopted
    /// by the period's end, and how many of them have a published progress report for it. Other filters do not apply:
    /// coverage asks whether a resolution was reported on at all.
    /// </summary>
    private async Task<IReadOnlyList<CoverageLine>> CoverageAsync(
        ReadStatistics query, List<ReportingPeriod> periods, string language, CancellationToken cancellationToken)
    {
        var arguments = SearchArguments.Of(new ReadStatistics(query.Congress, query.ResolutionId, null, null, null, query.PeriodId, null), db);
        var reported = (await SearchSelection.Of(db, arguments).Reports.Select(r => new { r.PeriodId, r.ResolutionId }).ToListAsync(cancellationToken))
            .ToLookup(r => r.PeriodId, r => r.ResolutionId);
        var catalogue = (await resolutions.AllAsync(language, cancellationToken))
            .Where(r => (query.ResolutionId is null || r.Id == query.ResolutionId) && r.Code.StartsWith(arguments.CongressPrefix, StringComparison.Ordinal))
            .ToList();
        return periods.Where(p => query.PeriodId is null || p.Id == query.PeriodId)
            .Select(p =>
            {
                var due = catalogue.Where(r => Adoption.ReportsFor(r.Congress, p.EndsOn)).Select(r => r.Id).ToHashSet();
                return new CoverageLine(p.Id, p.Name, reported[p.Id].Distinct().Count(due.Contains), due.Count);
            })
            .Reverse().ToList();
    }
}

/// <summary>
/// What the statistics read of a published progress report. <paramref name="InvolvedIds"/>: every constituent involved
/// (Members, Commissions, the organisations whose reports fed it), as the search's constituent filter reads them.
/// </summary>
internal sealed record ReportFacts(
    Guid ResolutionId, string ResolutionCode, Guid PeriodId, string? ImplementationStatus, int CategoryMask, List<Guid> InvolvedIds, List<Guid> CommissionIds);

/// <summary>The names of the charts (and of their CSV files).</summary>
internal static class StatisticsBreakdowns
{
    public const string Congress = "congress";
    public const string Commission = "commission";
    public const string Region = "region";
    public const string MemberCategory = "member-category";
    public const string ActionCategory = "action-category";
    public const string Period = "period";

    public static IReadOnlyList<string> All { get; } = [Congress, Commission, Region, MemberCategory, ActionCategory, Period];
}
