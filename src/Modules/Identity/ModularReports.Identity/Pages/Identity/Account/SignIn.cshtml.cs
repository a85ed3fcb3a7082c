using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using ModularReports.Identity.Features.IssueToken;
using ModularReports.Identity.Infrastructure;

namespace ModularReports.Identity.Pages.Identity.Account;

[AllowAnonymous]
[EnableRateLimiting(IdentityAuthentication.SignInRateLimit)]
internal sealed class SignInModel(IMediator mediator, IStringLocalizer<IdentityText> text, SingleSignOnAvailability singleSignOn) : PageModel
{
    [BindProperty]
    public SignInInput Input { get; set; } = new();

    [FromQuery]
    public string? ReturnUrl { get; set; }

    /// <summary>A message from the step before (password reset, invitation, single sign-on).</summary>
    public string? Notice { get; private set; }

    public SingleSignOnAvailability SingleSignOn => singleSignOn;

    public void OnGet(string? notice)
    {
        Notice = notice switch
        {
            "password-reset" => text["Reset_Done"].Value,
            "invitation-accepted" => text["Invitation_Done"].Value,
            "sso-unverified" => text["SignIn_SsoFailed", text["SignIn_SsoUnverified"].Value].Value,
            "sso-no-account" => text["SignIn_SsoFailed", text["SignIn_SsoNoAccount"].Value].Value,
            _ => null,
        };
    }

    public async Task<IActionResult> OnPostAsync()
    {
        CredentialsResult result;
        try
        {
            result = await mediator.Send(new CheckCredentials(Input.Email ?? string.Empty, Input.Password ?? string.Empty, ClientAddress.Of(HttpContext)));
        }
        catch (ValidationException ex)
        {
            ModelState.AddValidationErrors(ex);
            return Page();
        }

        switch (result.Outcome)
        {
            case CredentialsOutcome.Succeeded:
                await HttpContext.SignInAsync(
                    IdentityConstants.ApplicationScheme, result.Principal!, new AuthenticationProperties { IsPersistent = Input.RememberMe });
                LanguageCookie.Set(Response, result.User!.PreferredLanguage);
                return LocalRedirect(LocalReturnUrl.Of(Url, ReturnUrl));
            case CredentialsOutcome.LockedOut:
                ModelState.AddModelError(string.Empty, text["SignIn_LockedOut", $"{result.LockedUntil:HH:mm}"]);
                break;
            case CredentialsOutcome.Deactivated:
                ModelState.AddModelError(string.Empty, text["SignIn_Deactivated"]);
                break;
            default:
                ModelState.AddModelError(string.Empty, text["SignIn_Invalid"]);
                break;
        }

        return Page();
    }

    public IActionResult OnPostSingleSignOn()
    {
        if (!singleSignOn.IsEnabled)
        {
            return NotFound();
        }

        var callback = Url.Page("/Identity/Account/SingleSignOnCallback", new { returnUrl = LocalReturnUrl.Of(Url, ReturnUrl) });
        return Challenge(new AuthenticationProperties { RedirectUri = callback }, SingleSignOnOptions.Scheme);
    }

    internal sealed class SignInInput
    {
        public string? Email { get; set; }

        public string? Password { get; set; }

        public bool RememberMe { get; set; }
    }
}
