using ModularReports.Constituencies.Contracts;
using AssignConstituentCommand = ModularReports.Identity.Features.AssignConstituent.AssignConstituent;
using ModularReports.Identity.Features.GetUser;
using ChangeUserRolesCommand = ModularReports.Identity.Features.ChangeUserRoles.ChangeUserRoles;
using GetUserQuery = ModularReports.Identity.Features.GetUser.GetUser;
using SetUserActiveCommand = ModularReports.Identity.Features.SetUserActive.SetUserActive;

namespace ModularReports.Identity.Pages.Identity.Admin.Users;

[Authorize(Policy = Roles.Admin)]
internal sealed class DetailModel(IMediator mediator, IConstituentDirectory constituents) : PageModel
{
    public UserDetails Details { get; private set; } = null!;

    public bool Updated { get; private set; }

    [FromQuery(Name = "organisation")]
    public string? OrganisationQuery { get; set; }

    public IReadOnlyList<ConstituentRef> OrganisationMatches { get; private set; } = [];

    public async Task OnGetAsync(Guid id, bool updated)
    {
        Details = await mediator.Send(new GetUserQuery(id));
        Updated = updated;
        if (!string.IsNullOrWhiteSpace(OrganisationQuery))
        {
            OrganisationMatches = await constituents.SearchAsync(OrganisationQuery, null, 20, HttpContext.RequestAborted);
        }
    }

    public Task<IActionResult> OnPostOrganisationAsync(Guid id, Guid? constituentId) => RunAsync(id, new AssignConstituentCommand(id, constituentId));

    public Task<IActionResult> OnPostRolesAsync(Guid id, List<string> roles) => RunAsync(id, new ChangeUserRolesCommand(id, roles));

    public Task<IActionResult> OnPostDeactivateAsync(Guid id) => RunAsync(id, new SetUserActiveCommand(id, Active: false));

    public Task<IActionResult> OnPostReactivateAsync(Guid id) => RunAsync(id, new SetUserActiveCommand(id, Active: true));

    private async Task<IActionResult> RunAsync(Guid id, ICommand command)
    {
        try
        {
            await mediator.Send(command);
        }
        catch (ValidationException ex)
        {
            ModelState.AddValidationErrors(ex, string.Empty);
            Details = await mediator.Send(new GetUserQuery(id));
            return Page();
        }

        return RedirectToPage(new { id, updated = true });
    }
}
