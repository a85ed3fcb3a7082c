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

    public async Task OnGetAsync()
    {
        Periods = (await mediator.Send(new ListPeriods(), HttpContext.RequestAborted)).OrderByDescending(p => p.StartsOn).ToList();
        Exports = await mediator.Send(new ListPeriodExports(), HttpContext.RequestAborted);
    }

    public async Task<IActionResult> OnPostAsync(Guid? periodId)
    {
        if (await EditorHandlers.TryAsync(this, () => mediator.Send(new StartPeriodExport(periodId)).AsTask()))
        {
            return RedirectToPage();
        }

        await OnGetAsync();
        return Page();
    }
}
