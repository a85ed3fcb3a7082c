using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using ModularReports.Constituencies.Contracts;
using ModularReports.Workflow.Features.Assignments;
using ModularReports.Workflow.Features.Definitions;

namespace ModularReports.Workflow.Pages.Workflow;

/// <summary>The review rules: the list, new rules, and which rules apply to which reports.</summary>
[Authorize(Policy = Roles.Admin)]
internal sealed class IndexModel(IMediator mediator, IResolutionCatalog catalog, IEnumerable<WorkflowDocumentKind> kinds) : PageModel
{
    public IReadOnlyList<DefinitionSummary> Definitions { get; private set; } = [];

    public IReadOnlyList<AssignmentView> Assignments { get; private set; } = [];

    public IReadOnlyList<string> Congresses { get; private set; } = [];

    public IReadOnlyList<WorkflowDocumentKind> Kinds { get; } = kinds.ToList();

    [BindProperty]
    public CreateDefinition? New { get; set; }

    [BindProperty]
    public AssignDefinition? Choice { get; set; }

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostCreateAsync()
    {
        try
        {
            var key = await mediator.Send(New ?? new CreateDefinition(null, null, null));
            return Redirect($"/admin/workflows/{key}");
        }
        catch (ValidationException ex)
        {
            return await InvalidAsync(ex, nameof(New));
        }
    }

    public async Task<IActionResult> OnPostAssignAsync()
    {
        try
        {
            await mediator.Send(Choice ?? new AssignDefinition(null, null, null, null));
            return Redirect("/admin/workflows?done=assigned#applies");
        }
        catch (ValidationException ex)
        {
            return await InvalidAsync(ex, nameof(Choice));
        }
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid id)
    {
        await mediator.Send(new RemoveAssignment(id));
        return Redirect("/admin/workflows?done=removed#applies");
    }

    /// <summary>The form again with each problem beside its field, nothing changed.</summary>
    private async Task<IActionResult> InvalidAsync(ValidationException ex, string prefix)
    {
        ModelState.Clear();
        foreach (var failure in ex.Errors)
        {
            ModelState.AddModelError($"{prefix}.{failure.PropertyName}", failure.ErrorMessage);
        }

        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        Definitions = await mediator.Send(new ListDefinitions());
        Assignments = await mediator.Send(new ListAssignments());
        Congresses = (await catalog.AllAsync("en", HttpContext.RequestAborted)).Select(r => r.Congress).Distinct().Order(StringComparer.Ordinal).ToList();
    }
}
