using Microsoft.AspNetCore.Mvc;
using ModularReports.Reporting.Features.Periods;
using ModularReports.Reporting.Features.ProgressReports;

namespace ModularReports.Reporting.Pages.Reporting.Work;

/// <summary>The progress reports of the resolutions the user is a focal point of (all for admins); start one here.</summary>
[Authorize(Roles = $"{Roles.FocalPoint},{Roles.Admin}")]
internal sealed class ProgressReportsModel(IMediator mediator, IResolutionCatalog resolutions, IFocalPointDirectory focalPoints, ICurrentUser currentUser)
    : PageModel
{
    [FromQuery(Name = "page")] public int PageNumber { get; set; } = 1;

    public ProgressPage Result { get; private set; } = null!;

    public IReadOnlyList<ResolutionRef> Resolutions { get; private set; } = [];

    public IReadOnlyList<PeriodView> Periods { get; private set; } = [];

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostCreateAsync(Guid resolutionId, Guid periodId)
    {
        ProgressReportView? created = null;
        if (await EditorHandlers.TryAsync(this, async () => created = await mediator.Send(new CreateProgressReport(resolutionId, periodId))))
        {
            return Redirect($"/progress-reports/{created!.Id}");
        }

        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        var ct = HttpContext.RequestAborted;
        Result = await mediator.Send(new ListProgressReports(null, null, null, Math.Max(1, PageNumber)), ct);
        Periods = await mediator.Send(new ListPeriods(), ct);
        var all = await resolutions.AllAsync(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName, ct);
        if (User.IsInRole(Roles.Admin))
        {
            Resolutions = all;
        }
        else
        {
            var mine = (await focalPoints.ResolutionsOfAsync(currentUser.UserId!.Value, ct)).ToHashSet();
            Resolutions = all.Where(r => mine.Contains(r.Id)).ToList();
        }
    }
}
