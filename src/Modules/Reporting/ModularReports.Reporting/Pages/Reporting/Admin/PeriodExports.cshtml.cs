using Microsoft.AspNetCore.Mvc;
using ModularReports.Reporting.Features.PeriodExports;
using ModularReports.Reporting.Features.Periods;
using ModularReports.Reporting.Pages.Reporting.Work;

namespace ModularReports.Reporting.Pages.Reporting.Admin;

/// <summary>Admins ask for every report of a period as Excel and PDFs, follow the preparation, and download the files.</summary>
[Authorize(Roles = Roles.Admin)]
internal sealed class PeriodExportsModel(IMediator mediator) : PageModel
{
    public IReadOnlyList<PeriodView> Periods { get; private set; } = [];

    public IReadOnlyList<PeriodExportView> Exports { get; private set; } = [];

    /// <summary>The export just asked for, confirmed above the list (and its period kept chosen).</summary>
    [BindProperty(SupportsGet = true)] public Guid? Started { get; set; }

    public PeriodExportView? StartedExport => Exports.FirstOrDefault(e => e.Id == Started);

    public async Task OnGetAsync()
    {
        Periods = (await mediator.Send(new ListPeriods(), HttpContext.RequestAborted)).OrderByDescending(p => p.StartsOn).ToList();
        Exports = await mediator.Send(new ListPeriodExports(), HttpContext.RequestAborted);
    }

    public async Task<IActionResult> OnPostAsync(Guid? periodId)
    {
        PeriodExportView? export = null;
        if (await EditorHandlers.TryAsync(this, async () => export = await mediator.Send(new StartPeriodExport(periodId))))
        {
            // A language chosen in the address (not by the language form) stays for the page that confirms.
            return RedirectToPage(new { started = export!.Id, culture = Request.Query["culture"].FirstOrDefault() });
        }

        await OnGetAsync();
        return Page();
    }
}
