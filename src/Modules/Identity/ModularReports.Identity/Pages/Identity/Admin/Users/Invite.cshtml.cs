using InviteUserCommand = ModularReports.Identity.Features.InviteUser.InviteUser;

namespace ModularReports.Identity.Pages.Identity.Admin.Users;

[Authorize(Policy = Roles.Admin)]
internal sealed class InviteModel(IMediator mediator) : PageModel
{
    [BindProperty]
    public InviteInput Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        try
        {
            await mediator.Send(new InviteUserCommand(Input.Email ?? string.Empty, Input.DisplayName ?? string.Empty, Input.Roles, Input.Language ?? "en"));
        }
        catch (ValidationException ex)
        {
            ModelState.AddValidationErrors(ex);
            return Page();
        }

        return Redirect($"/admin/users?invited={Uri.EscapeDataString(Input.Email!.Trim())}");
    }

    internal sealed class InviteInput
    {
        public string? Email { get; set; }

        public string? DisplayName { get; set; }

        public List<string> Roles { get; set; } = [];

        public string? Language { get; set; } = "en";
    }
}
