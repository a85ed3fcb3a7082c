using ModularReports.Constituencies.Features.Import;

namespace ModularReports.Constituencies.Pages.Constituencies.Admin;

[Authorize(Policy = Roles.Admin)]
internal sealed class ImportModel(IMediator mediator) : PageModel
{
    public ImportView Import { get; private set; } = null!;

    public async Task OnGetAsync(Guid id) => Import = await mediator.Send(new GetImport(id));
}
