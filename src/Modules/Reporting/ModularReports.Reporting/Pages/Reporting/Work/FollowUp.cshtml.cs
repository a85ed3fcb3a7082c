using Microsoft.AspNetCore.Mvc;
using ModularReports.Reporting.Features.Insight;

namespace ModularReports.Reporting.Pages.Reporting.Work;

/// <summary>A focal point's (an admin's) follow-up of their resolutions for a period.</summary>
[Authorize(Policy = ReportingModule.CompilersPolicy)]
internal sealed class FollowUpModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid? PeriodId { get; set; }

    public FollowUp Result { get; private set; } = null!;

    public async Task OnGetAsync() => Result = await mediator.Send(new ReadFollowUp(PeriodId), HttpContext.RequestAborted);
}
