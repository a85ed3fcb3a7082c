using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ModularReports.Reporting.Features.Public;

namespace ModularReports.Reporting.Pages.Reporting.Public;

/// <summary>A published progress report, as anyone reads it; anything unpublished is "not found".</summary>
[AllowAnonymous]
internal sealed class ProgressReportModel(IMediator mediator) : PageModel
{
    public PublishedReport Report { get; private set; } = null!;

    public async Task OnGetAsync(Guid id) => Report = await mediator.Send(new ReadPublished(id), HttpContext.RequestAborted);
}
