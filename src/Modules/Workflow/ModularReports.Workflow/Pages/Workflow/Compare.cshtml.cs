using Microsoft.AspNetCore.Mvc;
using ModularReports.Workflow.Definitions;
using ModularReports.Workflow.Features.Definitions;

namespace ModularReports.Workflow.Pages.Workflow;

[Authorize(Policy = Roles.Admin)]
internal sealed class CompareModel(IMediator mediator) : PageModel
{
    [FromRoute]
    public string Key { get; set; } = string.Empty;

    [FromQuery]
    public int From { get; set; }

    [FromQuery]
    public int To { get; set; }

    public IReadOnlyList<DefinitionChange> Changes { get; private set; } = [];

    public async Task OnGetAsync() => Changes = await mediator.Send(new CompareVersions(Key, From, To));
}
