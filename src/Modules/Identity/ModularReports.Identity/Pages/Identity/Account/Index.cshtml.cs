using ModularReports.Identity.Features.MyAccount;
using ModularReports.Identity.Infrastructure;

namespace ModularReports.Identity.Pages.Identity.Account;

/// <summary>My account: name and preferred language (any signed-in user, by the fallback policy).</summary>
internal sealed class IndexModel(IMediator mediator) : PageModel
{
    [BindProperty]
    public AccountInput Input { get; set; } = new();

    public MyAccountView Account { get; private set; } = null!;

    public bool Saved { get; private set; }

    public async Task OnGetAsync(bool saved)
    {
        Account = await mediator.Send(new GetMyAccount());
        Input = new AccountInput { DisplayName = Account.DisplayName, PreferredLanguage = Account.PreferredLanguage };
        Saved = saved;
    }

    public async Task<IActionResult> OnPostAsync()
    {
        try
        {
            await mediator.Send(new UpdateMyAccount(Input.DisplayName ?? string.Empty, Input.PreferredLanguage ?? string.Empty));
        }
        catch (ValidationException ex)
        {
            ModelState.AddValidationErrors(ex, "Input");
            Account = await mediator.Send(new GetMyAccount());
            return Page();
        }

        LanguageCookie.Set(Response, Input.PreferredLanguage!);
        return RedirectToPage(new { saved = true });
    }

    internal sealed class AccountInput
    {
        public string? DisplayName { get; set; }

        public string? PreferredLanguage { get; set; }
    }
}
