using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ModularReports.Host.Pages;

/// <summary>Status pages for browsers (the API answers with problem details instead).</summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
internal sealed class ErrorModel : PageModel
{
    public int Code { get; private set; }

    public void OnGet(int code) => Code = code;

    public void OnPost(int code) => Code = code;
}
