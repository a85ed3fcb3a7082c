using Microsoft.Extensions.Localization;

namespace ModularReports.Identity.Pages.Identity.Account;

/// <summary>
/// The pages reached from an e-mailed link (reset, invitation): the link's user and token, a new password typed
/// twice, then back to sign-in with a notice.
/// </summary>
internal abstract class ChoosePasswordPageModel(IMediator mediator, IStringLocalizer<IdentityText> text) : PageModel
{
    [BindProperty]
    public ChoosePasswordInput Input { get; set; } = new();

    /// <summary>The sign-in page's notice once the password is set.</summary>
    protected abstract string DoneNotice { get; }

    public void OnGet(Guid userId, string? token) => Input = new ChoosePasswordInput { UserId = userId, Token = token };

    public async Task<IActionResult> OnPostAsync()
    {
        if (Input.NewPassword != Input.ConfirmPassword)
        {
            ModelState.AddModelError("Input.ConfirmPassword", text["PasswordsDiffer"]);
            return Page();
        }

        try
        {
            await mediator.Send(CreateCommand(Input.UserId, Input.Token ?? string.Empty, Input.NewPassword ?? string.Empty));
        }
        catch (ValidationException ex)
        {
            ModelState.AddValidationErrors(ex);
            return Page();
        }

        return RedirectToPage("/Identity/Account/SignIn", new { notice = DoneNotice });
    }

    protected abstract ICommand CreateCommand(Guid userId, string token, string newPassword);
}
