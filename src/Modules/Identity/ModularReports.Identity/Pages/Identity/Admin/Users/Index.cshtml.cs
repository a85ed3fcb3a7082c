using ModularReports.Identity.Features.ListUsers;
using ListUsersQuery = ModularReports.Identity.Features.ListUsers.ListUsers;

namespace ModularReports.Identity.Pages.Identity.Admin.Users;

[Authorize(Policy = Roles.Admin)]
internal sealed class IndexModel(IMediator mediator) : PageModel
{
    [FromQuery(Name = "q")]
    public string? Q { get; set; }

    [FromQuery(Name = "role")]
    public string? Role { get; set; }

    [FromQuery(Name = "active")]
    public bool? Active { get; set; }

    [FromQuery(Name = "page")]
    public int PageNumber { get; set; } = 1;

    [FromQuery(Name = "invited")]
    public string? Invited { get; set; }

    public UserPage Result { get; private set; } = new([], 1, 25, 0);

    public async Task OnGetAsync()
    {
        try
        {
            Result = await mediator.Send(new ListUsersQuery(Q, string.IsNullOrEmpty(Role) ? null : Role, Active, Math.Max(1, PageNumber)));
        }
        catch (ValidationException ex)
        {
            ModelState.AddValidationErrors(ex, string.Empty);
        }
    }
}
