using ModularReports.Workflow.Features.Definitions;

namespace ModularReports.Workflow.Pages.Workflow;

[Authorize(Policy = Roles.Admin)]
internal sealed class IndexModel(IMediator mediator) : PageModel
{
    public IReadOnlyList<DefinitionSummary> Definitions { get; private set; } = [];

    public async Task OnGetAsync() => Definitions = await mediator.Send(new ListDefinitions());
}
