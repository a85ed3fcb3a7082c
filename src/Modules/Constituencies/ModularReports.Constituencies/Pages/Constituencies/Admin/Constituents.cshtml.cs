using ModularReports.Constituencies.Features.Constituents;

namespace ModularReports.Constituencies.Pages.Constituencies.Admin;

[Authorize(Policy = Roles.Admin)]
internal sealed class ConstituentsModel(IMediator mediator) : PageModel
{
    [FromQuery(Name = "q")]
    public string? Q { get; set; }

    [FromQuery(Name = "type")]
    public string? Type { get; set; }

    [FromQuery(Name = "archived")]
    public bool? Archived { get; set; }

    [FromQuery(Name = "page")]
    public int PageNumber { get; set; } = 1;

    public ConstituentPage Result { get; private set; } = new([], 1, 25, 0);

    public async Task OnGetAsync()
    {
        try
        {
            Result = await mediator.Send(new ListConstituents(Q, string.IsNullOrEmpty(Type) ? null : Type, Archived, Math.Max(1, PageNumber)));
        }
        catch (ValidationException ex)
        {
            ModelState.AddValidationErrors(ex, string.Empty);
        }
    }
}
