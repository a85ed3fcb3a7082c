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

    /// <summary>For 429: how long until the limit lets the visitor in again.</summary>
    public int? RetryAfterSeconds => HttpContext.Items[Hosting.RateLimits.RetryAfterItem] as int?;

    public void OnGet(int code) => Code = code;

    public void OnPost(int code) => Code = code;
}
