using Microsoft.AspNetCore.Mvc;
using ModularReports.Workflow.Features.Definitions;

namespace ModularReports.Workflow.Pages.Workflow;

/// <summary>Publishing asks first: what the draft changes, and what becomes of the reports already following the process.</summary>
[Authorize(Policy = Roles.Admin)]
internal sealed class PublishModel(IMediator mediator) : PageModel
{
    public PublishImpactView Impact { get; private set; } = null!;

    public async Task OnGetAsync(string key) => Impact = await mediator.Send(new GetPublishImpact(key));

    public async Task<IActionResult> OnPostAsync(string key)
    {
        try
        {
            await mediator.Send(new PublishDraft(key));
        }
        catch (FluentValidation.ValidationException)
        {
            // The draft changed since the page was drawn (another admin): the page says what is wrong now.
            Impact = await mediator.Send(new GetPublishImpact(key));
            return Page();
        }

        return Redirect($"/admin/workflows/{key}?done=published");
    }
}
