namespace ModularReports.Identity.Pages.Identity.Account;

[AllowAnonymous]
internal sealed class AccessDeniedModel : PageModel
{
    public void OnGet()
    {
    }
}
