using ModularReports.Constituencies.Features.SearchResolutions;
using SearchResolutionsQuery = ModularReports.Constituencies.Features.SearchResolutions.SearchResolutions;

namespace ModularReports.Constituencies.Pages.Constituencies.Resolutions;

/// <summary>The public catalogue of resolutions.</summary>
[AllowAnonymous]
[Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(RateLimitPolicies.PublicSearch)]
internal sealed class IndexModel(IMediator mediator) : PageModel
{
    [FromQuery(Name = "q")]
    public string? Q { get; set; }

    [FromQuery(Name = "congress")]
    public string? Congress { get; set; }

    [FromQuery(Name = "type")]
    public string? Type { get; set; }

    [FromQuery(Name = "status")]
    public string? Status { get; set; }

    [FromQuery(Name = "page")]
    public int PageNumber { get; set; } = 1;

    public ResolutionPage Result { get; private set; } = new([], 1, 20, 0);

    public IReadOnlyList<CongressItem> Congresses { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Congresses = await mediator.Send(new ListCongresses());
        try
        {
            Result = await mediator.Send(new SearchResolutionsQuery(
                NullIfEmpty(Congress), NullIfEmpty(Type), NullIfEmpty(Status), NullIfEmpty(Q), Math.Max(1, PageNumber)));
        }
        catch (ValidationException ex)
        {
            ModelState.AddValidationErrors(ex, string.Empty);
        }
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
