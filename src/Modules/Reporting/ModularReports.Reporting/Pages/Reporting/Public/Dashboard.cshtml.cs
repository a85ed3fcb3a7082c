using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using ModularReports.Reporting.Features.Insight;
using ModularReports.Reporting.Features.Periods;

namespace ModularReports.Reporting.Pages.Reporting.Public;

/// <summary>
/// Where implementation stands: the published progress reports' statuses by Congress, Commission, region, Member
/// category, action category and period, with coverage; each chart beside its table, each figure a link to its reports.
/// </summary>
[AllowAnonymous]
[Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(RateLimitPolicies.PublicSearch)]
internal sealed class DashboardModel(
    IMediator mediator, IResolutionCatalog resolutions, IConstituentDirectory constituents, IConstituencyVocabularies vocabularies,
    IStringLocalizer<ReportingText> text) : PageModel
{
    /// <summary>The period choice that means every period.</summary>
    public const string AllPeriods = "all";

    [BindProperty(SupportsGet = true)] public string? Congress { get; set; }

    [BindProperty(SupportsGet = true)] public Guid? ResolutionId { get; set; }

    [BindProperty(SupportsGet = true)] public string? Status { get; set; }

    [BindProperty(SupportsGet = true)] public string? Category { get; set; }

    [BindProperty(SupportsGet = true)] public Guid? ConstituentId { get; set; }

    /// <summary>A period's id, <see cref="AllPeriods"/>, or nothing for the latest period with a published report.</summary>
    [BindProperty(SupportsGet = true, Name = "periodId")] public string? Period { get; set; }

    [BindProperty(SupportsGet = true)] public string? Q { get; set; }

    [BindProperty(SupportsGet = true)] public string? Region { get; set; }

    [BindProperty(SupportsGet = true)] public string? MemberCategory { get; set; }

    public ImplementationStatistics? Statistics { get; private set; }

    public ReadStatistics Query { get; private set; } = new(null, null, null, null, null, null, null);

    public IReadOnlyList<ResolutionRef> Resolutions { get; private set; } = [];

    public IReadOnlyList<ConstituentRef> Constituents { get; private set; } = [];

    public IReadOnlyList<PeriodView> Periods { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var ct = HttpContext.RequestAborted;
        Resolutions = await resolutions.AllAsync(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName, ct);
        Constituents = await constituents.SearchAsync(null, ["Commission", "Member"], 2000, ct);
        Periods = await mediator.Send(new ListPeriods(), ct);
        if (string.IsNullOrEmpty(Period))
        {
            Period = (await mediator.Send(new LatestReportedPeriod(), ct))?.ToString() ?? AllPeriods;
        }

        Guid? periodId = Guid.TryParse(Period, out var id) ? id : null;
        if (periodId is null && Period != AllPeriods)
        {
            ModelState.AddModelError("periodId", text["Dashboard_UnknownPeriod"]);
            return;
        }

        Query = new ReadStatistics(Congress, ResolutionId, Status, Category, ConstituentId, periodId, Q, Region, MemberCategory);
        try
        {
            Statistics = await mediator.Send(Query, ct);
        }
        catch (ValidationException ex)
        {
            ModelState.AddValidationErrors(ex, string.Empty);
        }
    }

    public PublishedFilterForm Filters() => new(
        Q, Congress, ResolutionId, Status, Category, ConstituentId, Region, MemberCategory, Period, AllPeriods, Resolutions, Constituents, vocabularies,
        Periods, "Dashboard_Show");

    /// <summary>The published reports a figure counts: this dashboard's filters, narrowed to one group and status.</summary>
    public string ReportsLink(string? breakdown = null, string? key = null, string? status = null)
    {
        var search = Query.Search();
        var pairs = new Dictionary<string, string?>
        {
            ["congress"] = breakdown == StatisticsBreakdowns.Congress ? key : search.Congress,
            ["resolutionId"] = search.ResolutionId?.ToString(),
            ["status"] = status ?? search.Status,
            ["category"] = breakdown == StatisticsBreakdowns.ActionCategory ? key : search.Category,
            ["constituentId"] = breakdown == StatisticsBreakdowns.Commission ? key : search.ConstituentId?.ToString(),
            ["region"] = breakdown == StatisticsBreakdowns.Region ? key : search.Region,
            ["memberCategory"] = breakdown == StatisticsBreakdowns.MemberCategory ? key : search.MemberCategory,
            ["periodId"] = breakdown == StatisticsBreakdowns.Period ? key : search.PeriodId?.ToString(),
            ["q"] = search.Q,
        };
        return "/reports" + QueryString.Create(pairs.Where(p => !string.IsNullOrEmpty(p.Value)));
    }

    /// <summary>All the reports counted, by status.</summary>
    public StatusChart OverallChart(ImplementationStatistics statistics) => new(
        "status", text["Dashboard_ByStatus"], text["Dashboard_Reports"], statistics.Statuses,
        [new StatisticsGroup(string.Empty, text["Dashboard_AllReports"], statistics.StatusCounts, statistics.ProgressReports)],
        (_, status) => ReportsLink(status: status), CsvHref(StatisticsTables.Status));

    /// <summary>A chart per breakdown, each figure linking to its reports.</summary>
    public IEnumerable<StatusChart> Charts(ImplementationStatistics statistics) => StatisticsBreakdowns.All.Select(name => new StatusChart(
        name, text["Dashboard_By_" + name], text["Dashboard_Group_" + name], statistics.Statuses, statistics.Breakdown(name).Groups,
        (key, status) => ReportsLink(name, key, status), CsvHref(name)));

    /// <summary>A table of this dashboard as CSV, with its filters.</summary>
    public string CsvHref(string table) => $"/api/public/statistics/{table}.csv{FilterQuery()}";

    /// <summary>This dashboard's filters as a query string, for its CSV files.</summary>
    private string FilterQuery() => QueryString.Create(new Dictionary<string, string?>
    {
        ["congress"] = Congress, ["resolutionId"] = ResolutionId?.ToString(), ["status"] = Status, ["category"] = Category,
        ["constituentId"] = ConstituentId?.ToString(), ["periodId"] = Query.PeriodId?.ToString(), ["q"] = Q,
        ["region"] = Region, ["memberCategory"] = MemberCategory, ["culture"] = CultureInfo.CurrentUICulture.Name,
    }.Where(p => !string.IsNullOrEmpty(p.Value))).ToString();
}
