using ModularReports.Constituencies.Features.SearchResolutions;
using SearchResolutionsQuery = ModularReports.Constituencies.Features.SearchResolutions.SearchResolutions;

namespace ModularReports.Constituencies.Pages.Constituencies.Resolutions;

/// <summary>The public catalogue of resolutions.</summary>
[AllowAnonymous]
[Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(RateLimitPolicies.PublicSearch)]
internal sealed class IndexModel(IMediator mediator, IResolutionImplementation implementation, IImplementationStatuses statuses) : PageModel
{
    [FromQuery(Name = "q")]
    public string? Q { get; set; }

    [FromQuery(Name = "congress")]
    public string? Congress { get; set; }

    [FromQuery(Name = "type")]
    public string? Type { get; set; }

    [FromQuery(Name = "status")]
    public string? Status { get; set; }

    /// <summary>A status of implementation, or <see cref="SearchResolutionsQuery.NotReported"/>.</summary>
    [FromQuery(Name = "implementation")]
    public string? Implementation { get; set; }

    [FromQuery(Name = "page")]
    public int PageNumber { get; set; } = 1;

    /// <summary>Admins: only the active resolutions without a focal point.</summary>
    [FromQuery(Name = "unassigned")]
    public bool Unassigned { get; set; }

    /// <summary>For admins: how many active resolutions have no focal point (null for everyone else).</summary>
    public int? UnassignedCount { get; private set; }

    public ResolutionPage Result { get; private set; } = new([], 1, 20, 0);

    public IReadOnlyList<CongressItem> Congresses { get; private set; } = [];

    public IReadOnlyList<ImplementationStatusTerm> Statuses => statuses.All();

    /// <summary>The latest published status of implementation of the resolutions on the page.</summary>
    public IReadOnlyDictionary<Guid, ResolutionImplementationRef> Implementations { get; private set; } = new Dictionary<Guid, ResolutionImplementationRef>();

    public async Task OnGetAsync()
    {
        Congresses = await mediator.Send(new ListCongresses());
        var admin = User.IsInRole(Roles.Admin);
        if (admin)
        {
            UnassignedCount = (await mediator.Send(SearchResolutionsQuery.Unassigned(null, null, null, null, pageSize: 1))).Total;
        }

        try
        {
            var (congress, type, status, q, page) = (NullIfEmpty(Congress), NullIfEmpty(Type), NullIfEmpty(Status), NullIfEmpty(Q), Math.Max(1, PageNumber));
            var implemented = NullIfEmpty(Implementation);
            Result = await mediator.Send(admin && Unassigned
                ? SearchResolutionsQuery.Unassigned(congress, type, status, q, page, implementation: implemented)
                : new SearchResolutionsQuery(congress, type, status, q, page, Implementation: implemented));
            Implementations = await implementation.LatestAsync(Result.Items.Select(r => r.Id).ToList(), HttpContext.RequestAborted);
        }
        catch (ValidationException ex)
        {
            ModelState.AddValidationErrors(ex, string.Empty);
        }
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
