using ModularReports.Reporting.Features.Public;

namespace ModularReports.Reporting.Pages.Reporting.Public;

/// <summary>A resolution's public reports: its published progress reports by period, and its public activity reports.</summary>
[AllowAnonymous]
internal sealed class ResolutionReportsModel(IMediator mediator, IResolutionCatalog resolutions) : PageModel
{
    public ResolutionRef Resolution { get; private set; } = null!;

    public ResolutionReports Reports { get; private set; } = null!;

    public async Task OnGetAsync(Guid id)
    {
        Resolution = await resolutions.FindAsync(id, CultureInfo.CurrentUICulture.TwoLetterISOLanguageName, HttpContext.RequestAborted)
            ?? throw new NotFoundException($"No resolution {id}.");
        Reports = await mediator.Send(new ListResolutionReports(id), HttpContext.RequestAborted);
    }
}
