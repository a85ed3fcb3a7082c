using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ModularReports.Host.Pages;

[AllowAnonymous]
internal sealed class IndexModel : PageModel
{
    public void OnGet()
    {
    }
}
