using ModularReports.Identity.Features.MyAccount;
using ModularReports.Identity.Infrastructure;

namespace ModularReports.Identity.Pages.Identity.Account;

/// <summary>The language switcher in the page header posts here (works without JavaScript).</summary>
[AllowAnonymous]
internal sealed class LanguageModel(IMediator mediator) : PageModel
{
    public IActionResult OnGet() => Redirect("/");

    public async Task<IActionResult> OnPostAsync(string? language, string? returnUrl)
    {
        if (SupportedLanguages.IsSupported(language))
        {
            LanguageCookie.Set(Response, language!);
            if (User.Identity?.IsAuthenticated == true)
            {
                await mediator.Send(new SetMyLanguage(language!));
            }
        }

        return LocalRedirect(LocalReturnUrl.Of(Url, returnUrl));
    }
}
