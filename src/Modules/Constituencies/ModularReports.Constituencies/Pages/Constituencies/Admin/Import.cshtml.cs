using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ModularReports.Constituencies.Features.Import;
using ModularReports.Identity.Contracts;

namespace ModularReports.Constituencies.Pages.Constituencies.Admin;

[Authorize(Policy = Roles.Admin)]
internal sealed class ImportModel(IMediator mediator) : PageModel
{
    public ImportView Import { get; private set; } = null!;

    public async Task OnGetAsync(Guid id) => Import = await mediator.Send(new GetImport(id));
}
