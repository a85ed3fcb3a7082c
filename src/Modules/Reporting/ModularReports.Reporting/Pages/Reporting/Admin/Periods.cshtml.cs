using Microsoft.AspNetCore.Mvc;
using ModularReports.Reporting.Features.Periods;
using ModularReports.Reporting.Pages.Reporting.Work;

namespace ModularReports.Reporting.Pages.Reporting.Admin;

/// <summary>Admins define the reporting periods and the dates progress reports are due.</summary>
[Authorize(Roles = Roles.Admin)]
internal sealed class PeriodsModel(IMediator mediator) : PageModel
{
    public IReadOnlyList<PeriodView> Periods { get; private set; } = [];

    [BindProperty(SupportsGet = true)] public bool Saved { get; set; }

    public async Task OnGetAsync() => Periods = await mediator.Send(new ListPeriods(), HttpContext.RequestAborted);

    public async Task<IActionResult> OnPostAsync(Guid? id, string? name, DateOnly startsOn, DateOnly endsOn, DateOnly dueOn, int? version, int? remindDaysBefore)
    {
        if (await EditorHandlers.TryAsync(this, () => mediator.Send(new SavePeriod(id, name ?? string.Empty, startsOn, endsOn, dueOn, version, remindDaysBefore)).AsTask()))
        {
            return RedirectToPage(new { saved = true });
        }

        await OnGetAsync();
        return Page();
    }
}
