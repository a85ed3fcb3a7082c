using Microsoft.AspNetCore.Mvc;
using ModularReports.Workflow.Features.Definitions;

namespace ModularReports.Workflow.Pages.Workflow;

/// <summary>Dry run first (GET), then the move (POST), of the unfinished documents on older versions.</summary>
[Authorize(Policy = Roles.Admin)]
internal sealed class MigrationModel(IMediator mediator) : PageModel
{
    [FromRoute]
    public string Key { get; set; } = string.Empty;

    [FromQuery]
    public int To { get; set; }

    public IReadOnlyList<MigrationLine> Lines { get; private set; } = [];

    public bool Applied { get; private set; }

    public async Task OnGetAsync() => Lines = await mediator.Send(new MigrateDocuments(Key, To, Apply: false));

    public async Task OnPostAsync()
    {
        Lines = await mediator.Send(new MigrateDocuments(Key, To, Apply: true));
        Applied = true;
    }
}
