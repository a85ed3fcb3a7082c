using ModularReports.Constituencies.Contracts;
using ModularReports.Constituencies.Features.FocalPoints;
using ModularReports.Constituencies.Features.SearchResolutions;

namespace ModularReports.Constituencies.Pages.Constituencies.Admin;

/// <summary>An admin manages a resolution's focal points (its public page is the Reporting module's).</summary>
[Authorize(Roles = Roles.Admin)]
internal sealed class ResolutionFocalPointsModel(IMediator mediator, IUserDirectory users, IConstituentDirectory constituents) : PageModel
{
    public ResolutionItem Resolution { get; private set; } = null!;

    public bool Updated { get; private set; }

    public IReadOnlyList<FocalPointItem> FocalPoints { get; private set; } = [];

    public IReadOnlyList<UserRef> Candidates { get; private set; } = [];

    public IReadOnlyList<ConstituentRef> Bodies { get; private set; } = [];

    public async Task OnGetAsync(Guid id, bool updated)
    {
        Updated = updated;
        await LoadAsync(id);
    }

    public Task<IActionResult> OnPostAssignAsync(Guid id, Guid userId, Guid constituentId) =>
        RunAsync(id, new AssignFocalPoint(id, userId, constituentId));

    public Task<IActionResult> OnPostRemoveAsync(Guid id, Guid focalPointId) => RunAsync(id, new RemoveFocalPoint(id, focalPointId));

    private async Task<IActionResult> RunAsync<TResponse>(Guid id, ICommand<TResponse> command)
    {
        try
        {
            await mediator.Send(command);
        }
        catch (ValidationException ex)
        {
            ModelState.AddValidationErrors(ex, string.Empty);
            await LoadAsync(id);
            return Page();
        }

        return RedirectToPage(new { id, updated = true });
    }

    private async Task LoadAsync(Guid id)
    {
        Resolution = await mediator.Send(new GetResolution(id));
        FocalPoints = await mediator.Send(new ListFocalPoints(id));
        Candidates = await users.InRoleAsync(Roles.FocalPoint, HttpContext.RequestAborted);
        Bodies = await constituents.SearchAsync(null, ["Secretariat", "Commission"], 200, HttpContext.RequestAborted);
    }
}
