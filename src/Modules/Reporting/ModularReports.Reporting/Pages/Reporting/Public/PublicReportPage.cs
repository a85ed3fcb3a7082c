namespace ModularReports.Reporting.Pages.Reporting.Public;

/// <summary>A report in a public state, as anyone reads it; anything else is "not found".</summary>
internal abstract class PublicReportPage<TReport>(IMediator mediator) : PageModel
    where TReport : class
{
    public TReport Report { get; private set; } = null!;

    public async Task OnGetAsync(Guid id) => Report = await mediator.Send(Read(id), HttpContext.RequestAborted);

    protected abstract IQuery<TReport> Read(Guid id);
}
