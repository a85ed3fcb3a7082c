using ModularReports.Identity.Features.MyAccount;

namespace ModularReports.Identity.Pages.Identity.Account;

internal sealed class ChangePasswordModel(IMediator mediator, SignInManager<User> signIn, UserManager<User> users) : PageModel
{
    [BindProperty]
    public PasswordInput Input { get; set; } = new();

    public bool Done { get; private set; }

    public void OnGet(bool done) => Done = done;

    public async Task<IActionResult> OnPostAsync()
    {
        try
        {
            await mediator.Send(new ChangePassword(Input.CurrentPassword ?? string.Empty, Input.NewPassword ?? string.Empty));
        }
        catch (ValidationException ex)
        {
            ModelState.AddValidationErrors(ex);
            return Page();
        }

        // The new security stamp would end this session at its next check; renew it instead.
        if (await users.GetUserAsync(User) is { } user)
        {
            await signIn.RefreshSignInAsync(user);
        }

        return RedirectToPage(new { done = true });
    }

    internal sealed class PasswordInput
    {
        public string? CurrentPassword { get; set; }

        public string? NewPassword { get; set; }
    }
}
