using Microsoft.AspNetCore.Mvc;

namespace ModularReports.Reporting.Pages.Reporting.Public;

/// <summary>
/// A blank questionnaire of either report kind, to print and prepare offline: every question in the form's order, its
/// help, whether it is required, and the answers a coded question allows.
/// </summary>
[AllowAnonymous]
internal sealed class QuestionnaireModel : PageModel
{
    public string Kind { get; private set; } = string.Empty;

    public IActionResult OnGet(string kind)
    {
        if (kind is not (ReportKinds.Activity or ReportKinds.Progress))
        {
            return NotFound();
        }

        Kind = kind;
        return Page();
    }
}
