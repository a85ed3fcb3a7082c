using ModularReports.Identity.Infrastructure;

namespace ModularReports.Identity.Pages.Identity.Account;

/// <summary>
/// Back from the organisation's identity provider: the person is signed in as the local account whose email the
/// provider vouches for (<c>email_verified</c>). Nobody gets an account this way: admins invite people first.
/// </summary>
[AllowAnonymous]
internal sealed class SingleSignOnCallbackModel(UserManager<User> users, SignInManager<User> signIn, TimeProvider clock) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string? returnUrl)
    {
        var external = await HttpContext.AuthenticateAsync(IdentityConstants.ExternalScheme);
        await HttpContext.SignOutAsync(IdentityConstants.ExternalScheme);
        if (!external.Succeeded)
        {
            return RedirectToPage("/Identity/Account/SignIn");
        }

        var email = external.Principal.FindFirst("email")?.Value;
        var verified = string.Equals(external.Principal.FindFirst("email_verified")?.Value, "true", StringComparison.OrdinalIgnoreCase);
        if (email is null || !verified)
        {
            return RedirectToPage("/Identity/Account/SignIn", new { notice = "sso-unverified" });
        }

        var user = await users.FindByEmailAsync(email);
        if (user is not { IsActive: true })
        {
            return RedirectToPage("/Identity/Account/SignIn", new { notice = "sso-no-account" });
        }

        user.LastSignInAt = clock.GetUtcNow().UtcDateTime;
        await users.UpdateAsync(user);
        await signIn.SignInAsync(user, isPersistent: false, authenticationMethod: SingleSignOnOptions.Scheme);
        LanguageCookie.Set(Response, user.PreferredLanguage);
        return LocalRedirect(LocalReturnUrl.Of(Url, returnUrl));
    }
}
