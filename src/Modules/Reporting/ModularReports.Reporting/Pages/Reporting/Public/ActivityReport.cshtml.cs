using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ModularReports.Reporting.Features.Public;

namespace ModularReports.Reporting.Pages.Reporting.Public;

/// <summary>An activity report in a public state (accepted, by default), as anyone reads it.</summary>
[AllowAnonymous]
internal sealed class ActivityReportModel(IMediator mediator) : PageModel
{
    public PublicActivityReport Report { get; private set; } = null!;

    public async Task OnGetAsync(Guid id) => Report = await mediator.Send(new ReadPublicActivity(id), HttpContext.RequestAborted);
}
