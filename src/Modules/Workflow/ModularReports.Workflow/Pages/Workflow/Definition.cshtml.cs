using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using ModularReports.Workflow.Definitions;
using ModularReports.Workflow.Features.Definitions;

namespace ModularReports.Workflow.Pages.Workflow;

/// <summary>The designer: the draft's JSON with its problems beside it, the current version's diagram, publishing.</summary>
[Authorize(Policy = Roles.Admin)]
internal sealed class DefinitionModel(IMediator mediator, IStringLocalizer<WorkflowText> text) : PageModel
{
    public DefinitionDetails Details { get; private set; } = null!;

    public string DraftText { get; private set; } = string.Empty;

    public IReadOnlyList<DefinitionError> DraftErrors { get; private set; } = [];

    public string DiagramSvg { get; private set; } = string.Empty;

    public string? Notice { get; private set; }

    public async Task OnGetAsync(string key, string? done)
    {
        await LoadAsync(key);
        Notice = done switch
        {
            "saved" => text["Workflow_Saved"].Value,
            "published" => text["Workflow_PublishedNotice", Details.CurrentVersion].Value,
            _ => null,
        };
    }

    public async Task<IActionResult> OnPostSaveAsync(string key, string? json, int? version)
    {
        try
        {
            await mediator.Send(new SaveDraft(key, json ?? string.Empty, version));
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(string.Empty, text["Workflow_Stale"]);
            await LoadAsync(key);
            DraftText = json ?? string.Empty; // keep what the admin typed
            return Page();
        }

        return Redirect($"/admin/workflows/{key}?done=saved");
    }

    public async Task<IActionResult> OnPostPublishAsync(string key)
    {
        try
        {
            await mediator.Send(new PublishDraft(key));
        }
        catch (ValidationException)
        {
            ModelState.AddModelError(string.Empty, text["Workflow_CannotPublish"]);
            await LoadAsync(key);
            return Page();
        }

        return Redirect($"/admin/workflows/{key}?done=published");
    }

    private async Task LoadAsync(string key)
    {
        Details = await mediator.Send(new GetDefinition(key));
        DraftText = Details.DraftJson;
        DraftErrors = Details.DraftErrors;
        var current = DefaultDefinitions.Parse(await mediator.Send(new GetVersion(key, Details.CurrentVersion)));
        DiagramSvg = Diagram.Svg(current, CultureInfo.CurrentUICulture.TwoLetterISOLanguageName, text["Workflow_Diagram", Details.CurrentVersion]);
    }
}
