using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using ModularReports.Workflow.Definitions;
using ModularReports.Workflow.Features.Definitions;
using ModularReports.Workflow.Features.Designer;

namespace ModularReports.Workflow.Pages.Workflow;

/// <summary>
/// The designer: every part of the draft in forms, checked as the admin types (the script posts the form to
/// <c>Check</c> and redraws the diagram); adding a part is one button, removing one says first what goes with it. The
/// JSON stays as a read-only view, a download and an import.
/// </summary>
[Authorize(Policy = Roles.Admin)]
[RequestFormLimits(ValueCountLimit = 20_000)]
internal sealed class DefinitionModel(IMediator mediator, IStringLocalizer<WorkflowText> text, IEnumerable<WorkflowDocumentKind> kinds) : PageModel
{
    [BindProperty]
    public DesignerForm Form { get; set; } = new();

    public DefinitionDetails Details { get; private set; } = null!;

    /// <summary>The draft as saved; null when its JSON cannot be read (only the import can mend it).</summary>
    public WorkflowDefinitionModel? Draft { get; private set; }

    public IReadOnlyList<DefinitionError> DraftErrors { get; private set; } = [];

    public IReadOnlyList<DesignerProblem> Problems { get; private set; } = [];

    /// <summary>JSON the admin tried to import, shown again when it could not be saved.</summary>
    public string? ImportText { get; private set; }

    public IReadOnlyList<WorkflowDocumentKind> Kinds { get; } = kinds.ToList();

    public string? Notice { get; private set; }

    /// <summary>A removal waiting for the admin's word: the part, and what would go with it.</summary>
    public (DefinitionPart Part, int Index, string Name, IReadOnlyList<string> Consequences)? PendingRemoval { get; private set; }

    public async Task OnGetAsync(string key, string? done, DefinitionPart? remove, int? index)
    {
        await LoadAsync(key);
        Notice = done switch
        {
            "saved" => text["Workflow_Saved"].Value,
            "imported" => text["Workflow_Imported"].Value,
            "published" => text["Workflow_PublishedNotice", Details.CurrentVersion].Value,
            _ => null,
        };
        if (Draft is not null && remove is { } part && index is { } i && i >= 0 && i < DefinitionEdits.Count(Draft, part))
        {
            var consequences = DefinitionEdits.Consequences(Draft, part, i);
            PendingRemoval = (part, i, DesignerView.Subject(Draft, part, i), consequences);
        }
    }

    public async Task<IActionResult> OnPostSaveAsync(string key, int version) =>
        await SaveAsync(key, version, Form.ToModel(key), "?done=saved");

    public async Task<IActionResult> OnPostAddAsync(string key, int version, DefinitionPart part)
    {
        var draft = DefinitionEdits.Add(Form.ToModel(key), part);
        return await SaveAsync(key, version, draft, $"?done=saved#{Anchor(part)}-{DefinitionEdits.Count(draft, part) - 1}");
    }

    /// <summary>
    /// Removes a part at once when nothing refers to it; otherwise keeps what was typed and asks first, listing what
    /// would go with it.
    /// </summary>
    public async Task<IActionResult> OnPostRemoveAsync(string key, int version, DefinitionPart part, int index, bool confirmed)
    {
        var draft = Form.ToModel(key);
        var (removed, consequences) = DefinitionEdits.Remove(draft, part, index);
        return consequences.Count > 0 && !confirmed
            ? await SaveAsync(key, version, draft, $"?remove={part}&index={index}#confirm-removal")
            : await SaveAsync(key, version, removed, $"?done=saved#{Anchor(part)}s");
    }

    /// <summary>The script's question after each edit: the problems, the diagram's graph, the outline and the JSON.</summary>
    public async Task<IActionResult> OnPostCheckAsync(string key)
    {
        var draft = Form.ToModel(key);
        var errors = await mediator.Send(new CheckDraft(key, draft));
        return new JsonResult(new
        {
            problems = DesignerView.Problems(draft, errors),
            graph = DesignerView.Graph(draft, errors),
            outline = DesignerView.Outline(draft),
            json = DefaultDefinitions.Write(draft),
            summary = errors.Count == 0 ? text["Workflow_DraftValid"].Value : text["Designer_ProblemsStatus", errors.Count].Value,
        });
    }

    public async Task<IActionResult> OnPostImportAsync(string key, int version, string? json)
    {
        try
        {
            await mediator.Send(new SaveDraft(key, json ?? string.Empty, version));
        }
        catch (DbUpdateConcurrencyException)
        {
            return await RedisplayAsync(key, text["Workflow_Stale"], json);
        }
        catch (ValidationException ex)
        {
            return await RedisplayAsync(key, ex.Errors.First().ErrorMessage, json);
        }

        return Redirect($"/admin/workflows/{key}?done=imported");
    }

    public async Task<IActionResult> OnGetJsonAsync(string key)
    {
        var details = await mediator.Send(new GetDefinition(key));
        return File(System.Text.Encoding.UTF8.GetBytes(details.DraftJson), "application/json", $"{key}.json");
    }

    /// <summary>Tries what the admin sees: the form is saved, then played on a pretend report.</summary>
    public async Task<IActionResult> OnPostTryAsync(string key, int version) =>
        await TrySaveAsync(key, version, Form.ToModel(key)) ?? Redirect($"/admin/workflows/{key}/try");

    /// <summary>
    /// Publishes what the admin sees: the form is saved, then, if it has no problems, the publish page asks for
    /// confirmation and shows the impact.
    /// </summary>
    public async Task<IActionResult> OnPostPublishAsync(string key, int version)
    {
        if (await TrySaveAsync(key, version, Form.ToModel(key)) is { } refused)
        {
            return refused;
        }

        await LoadAsync(key);
        if (DraftErrors.Count > 0)
        {
            ModelState.AddModelError(string.Empty, text["Workflow_CannotPublish"]);
            return Page();
        }

        return Redirect($"/admin/workflows/{key}/publish");
    }

    public string ProblemsOf(string field) => string.Join(' ', Problems.Where(p => p.Field == field).Select(p => p.Message));

    public int ProblemCount(string prefix) => Problems.Count(p => p.Field.StartsWith(prefix, StringComparison.Ordinal));

    public static string Anchor(DefinitionPart part) => part.ToString().ToLowerInvariant();

    private async Task<IActionResult> SaveAsync(string key, int version, WorkflowDefinitionModel draft, string then) =>
        await TrySaveAsync(key, version, draft) ?? Redirect($"/admin/workflows/{key}{then}");

    /// <summary>Saves the draft; when it cannot be saved, the page again with what the admin typed and why.</summary>
    private async Task<IActionResult?> TrySaveAsync(string key, int version, WorkflowDefinitionModel draft)
    {
        try
        {
            await mediator.Send(new SaveDraft(key, DefaultDefinitions.Write(draft), version));
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            return await RedisplayAsync(key, text["Workflow_Stale"]);
        }
        catch (ValidationException ex)
        {
            return await RedisplayAsync(key, ex.Errors.First().ErrorMessage);
        }
    }

    /// <summary>
    /// The page with what the admin typed, checked as it is, and why it was not saved (another admin saved first, or it
    /// is too long): nothing typed is lost before they have read why.
    /// </summary>
    private async Task<IActionResult> RedisplayAsync(string key, string why, string? importText = null)
    {
        var typed = Form;
        ModelState.AddModelError(string.Empty, why);
        await LoadAsync(key);
        ImportText = importText;
        if (Draft is not null && typed.States.Count > 0)
        {
            Form = typed;
            Draft = typed.ToModel(key);
            DraftErrors = await mediator.Send(new CheckDraft(key, Draft));
            Problems = DesignerView.Problems(Draft, DraftErrors);
        }

        return Page();
    }

    private async Task LoadAsync(string key)
    {
        Details = await mediator.Send(new GetDefinition(key));
        Draft = DefinitionQueries.TryParse(Details.DraftJson);
        Form = Draft is null ? new DesignerForm() : DesignerForm.From(Draft);
        DraftErrors = Details.DraftErrors;
        Problems = DesignerView.Problems(Draft, DraftErrors);
    }
}
