using Microsoft.AspNetCore.Mvc;
using ModularReports.Reporting.Features.Periods;
using ModularReports.Reporting.Features.Public;

namespace ModularReports.Reporting.Pages.Reporting.Public;

/// <summary>The public search over published progress reports, with a CSV export of the same result.</summary>
[AllowAnonymous]
[Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(RateLimitPolicies.PublicSearch)]
internal sealed class SearchModel(
    IMediator mediator, IResolutionCatalog resolutions, IConstituentDirectory constituents, IConstituencyVocabularies vocabularies) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Congress { get; set; }

    [BindProperty(SupportsGet = true)] public Guid? ResolutionId { get; set; }

    [BindProperty(SupportsGet = true)] public string? Status { get; set; }

    [BindProperty(SupportsGet = true)] public string? Category { get; set; }

    [BindProperty(SupportsGet = true)] public Guid? ConstituentId { get; set; }

    [BindProperty(SupportsGet = true)] public Guid? PeriodId { get; set; }

    [BindProperty(SupportsGet = true)] public string? Q { get; set; }

    [BindProperty(SupportsGet = true)] public string? Region { get; set; }

    [BindProperty(SupportsGet = true)] public string? MemberCategory { get; set; }

    [FromQuery(Name = "page")] public int PageNumber { get; set; } = 1;

    public PublishedPage? Result { get; private set; }

    public IReadOnlyList<ResolutionRef> Resolutions { get; private set; } = [];

    public IReadOnlyList<ConstituentRef> Constituents { get; private set; } = [];

    public IReadOnlyList<PeriodView> Periods { get; private set; } = [];

    public PublishedFilterForm Filters() => new(
        Q, Congress, ResolutionId, Status, Category, ConstituentId, Region, MemberCategory, PeriodId?.ToString(), string.Empty, Resolutions, Constituents,
        vocabularies, Periods, "Search_Submit");

    public async Task OnGetAsync()
    {
        var ct = HttpContext.RequestAborted;
        Resolutions = await resolutions.AllAsync(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName, ct);
        Constituents = await constituents.SearchAsync(null, ["Member", "Commission"], 2000, ct);
        Periods = await mediator.Send(new ListPeriods(), ct);
        try
        {
            Result = await mediator.Send(Query(), ct);
        }
        catch (ValidationException ex)
        {
            ModelState.AddValidationErrors(ex, string.Empty);
        }
    }

    public SearchPublished Query() => new(Congress, ResolutionId, Status, Category, ConstituentId, PeriodId, Q, Region, MemberCategory, Math.Max(1, PageNumber));

    /// <summary>
    /// This search's query string, for the pager and the downloads (which name the reader's language: a file is read
    /// outside the page).
    /// </summary>
    public string QueryString(int? page = null, bool download = false)
    {
        var pairs = new Dictionary<string, string?>
        {
            ["congress"] = Congress, ["resolutionId"] = ResolutionId?.ToString(), ["status"] = Status, ["category"] = Category,
            ["constituentId"] = ConstituentId?.ToString(), ["periodId"] = PeriodId?.ToString(), ["q"] = Q,
            ["region"] = Region, ["memberCategory"] = MemberCategory,
            ["page"] = page?.ToString(CultureInfo.InvariantCulture),
            ["culture"] = download ? CultureInfo.CurrentUICulture.Name : null,
        };
        return Microsoft.AspNetCore.Http.QueryString.Create(pairs.Where(p => !string.IsNullOrEmpty(p.Value))).ToString();
    }
}
