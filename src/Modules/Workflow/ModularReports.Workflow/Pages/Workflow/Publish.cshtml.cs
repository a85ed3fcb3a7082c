using Microsoft.AspNetCore.Mvc;
using ModularReports.Workflow.Definitions;
using ModularReports.Workflow.Features.Definitions;

namespace ModularReports.Workflow.Pages.Workflow;

/// <summary>Publishing asks first: what the draft changes, and what becomes of the reports already following the process.</summary>
[Authorize(Policy = Roles.Admin)]
internal sealed class PublishModel(IMediator mediator) : PageModel
{
    public PublishImpactView Impact { get; private set; } = null!;

    public async Task OnGetAsync(string key) => Impact = await mediator.Send(new GetPublishImpact(key));

    public async Task<IActionResult> OnPostAsync(string key, int version)
    {
        try
        {
            await mediator.Send(new PublishDraft(key, version));
        }
        catch (Exception ex) when (ex is FluentValidation.ValidationException or ConflictException)
        {
            // The draft changed since the page was drawn (another admin): the page shows it as it is now, and why.
            ModelState.AddModelError(string.Empty, ex is ConflictException conflict ? $"{conflict.Title} {conflict.Message}" : RuleText.Say("Publish_Stale"));
            Impact = await mediator.Send(new GetPublishImpact(key));
            return Page();
        }

        return Redirect($"/admin/workflows/{key}?done=published");
    }
}
