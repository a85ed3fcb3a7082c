using Microsoft.AspNetCore.RateLimiting;
using ModularReports.Identity.Features.PasswordReset;
using ModularReports.Identity.Infrastructure;

namespace ModularReports.Identity.Pages.Identity.Account;

[AllowAnonymous]
[EnableRateLimiting(IdentityAuthentication.SignInRateLimit)]
internal sealed class ForgotPasswordModel(IMediator mediator) : PageModel
{
    [BindProperty]
    public EmailInput Input { get; set; } = new();

    public bool Sent { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        try
        {
            await mediator.Send(new RequestPasswordReset(Input.Email ?? string.Empty));
            Sent = true;
        }
        catch (ValidationException ex)
        {
            ModelState.AddValidationErrors(ex);
        }

        return Page();
    }

    internal sealed class EmailInput
    {
        public string? Email { get; set; }
    }
}
