using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using ModularReports.Reporting.Features.Review;

namespace ModularReports.Reporting.Pages.Reporting.Work;

/// <summary>
/// A report of either kind at work: the editor (saving as the user types) while the workflow lets them edit it;
/// otherwise the report with what changed since the previous submission. Both show the actions the user may take now
/// and the comment thread. The kinds differ in their fields and in what else their page offers.
/// </summary>
internal abstract class ReportEditorPage(IMediator mediator, IConstituentDirectory constituents) : PageModel
{
    public ReportWorkspace Workspace { get; private set; } = null!;

    public IReadOnlyList<ConstituentRef> Members { get; private set; } = [];

    public IReadOnlyList<ConstituentRef> Commissions { get; private set; } = [];

    public IReadOnlyDictionary<Guid, string> Names { get; private set; } = new Dictionary<Guid, string>();

    /// <summary>What the user sent when a save was refused, shown again so nothing typed is lost.</summary>
    public IFormCollection? Posted { get; private set; }

    [BindProperty(SupportsGet = true)] public string? Done { get; set; }

    /// <summary>One of <c>ReportKinds</c>.</summary>
    protected abstract string Kind { get; }

    /// <summary>Where the page lives, e.g. <c>/activity-reports</c>.</summary>
    protected abstract string Path { get; }

    protected IMediator Mediator => mediator;

    public async Task OnGetAsync(Guid id) => await LoadAsync(id);

    public async Task<IActionResult> OnPostSaveAsync(Guid id)
    {
        if (await EditorHandlers.TryAsync(this, () => mediator.Send(new UpdateReport(Kind, id, Patch(Request.Form), FormPatch.Version(Request.Form))).AsTask()))
        {
            return Redirect($"{Path}/{id}?done=saved");
        }

        Posted = Request.Form;
        await LoadAsync(id);
        return Page();
    }

    public Task<IActionResult> OnPostAutosaveAsync(Guid id) => EditorHandlers.AutosaveAsync(HttpContext.RequestServices.GetRequiredService<MessageCatalog>(), async () =>
    {
        var report = await mediator.Send(new UpdateReport(Kind, id, Patch(Request.Form), FormPatch.Version(Request.Form)));
        return (report.Version, report.UpdatedAt, await mediator.Send(new ReportActions(Kind, id)));
    });

    public Task<IActionResult> OnPostActAsync(Guid id, string trigger, string? comment) => RunAsync(id, async () =>
    {
        await mediator.Send(new ActOnReport(Kind, id, trigger, comment, WithReport: false));
        return "action";
    });

    /// <summary>Takes the review step in hand, or gives it to <paramref name="assignee"/>.</summary>
    public Task<IActionResult> OnPostTakeAsync(Guid id, Guid? assignee) => RunAsync(id, async () =>
    {
        await mediator.Send(new ClaimReview(Kind, id, assignee));
        return assignee is null ? "taken" : "given";
    });

    public Task<IActionResult> OnPostReleaseAsync(Guid id) => RunAsync(id, async () =>
    {
        await mediator.Send(new ReleaseReview(Kind, id));
        return "released";
    });

    /// <summary>A field's value: what was just posted if a save was refused, else what is stored.</summary>
    public string? Value(string name, string? stored) => Posted is null ? stored : Posted[name].ToString();

    public bool Selected(string name, Guid id, IReadOnlyList<Guid> stored) =>
        Posted is null ? stored.Contains(id) : Posted[name].Contains(id.ToString());

    public bool Selected(string name, string value, IEnumerable<string> stored) =>
        Posted is null ? stored.Contains(value) : Posted[name].Contains(value);

    /// <summary>The form as the JSON merge patch the API takes for this kind.</summary>
    protected abstract JsonElement Patch(IFormCollection form);

    /// <summary>
    /// Runs a change and shows the report again with what was done (the change answers the query after <c>done=</c>),
    /// or the page with the reasons it was refused.
    /// </summary>
    protected async Task<IActionResult> RunAsync(Guid id, Func<Task<string>> change)
    {
        var done = string.Empty;
        if (await EditorHandlers.TryAsync(this, async () => done = await change()))
        {
            return Redirect($"{Path}/{id}?done={done}");
        }

        await LoadAsync(id);
        return Page();
    }

    /// <summary>What else the kind's page shows, read after the workspace.</summary>
    protected virtual Task LoadMoreAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task LoadAsync(Guid id)
    {
        var ct = HttpContext.RequestAborted;
        Workspace = await mediator.Send(new GetWorkspace(Kind, id), ct);
        Members = await constituents.SearchAsync(null, ["Member"], 2000, ct);
        Commissions = await constituents.SearchAsync(null, ["Commission"], 200, ct);
        var named = await constituents.FindManyAsync(Workspace.Report.MemberIds.Concat(Workspace.Report.CommissionIds).Distinct().ToList(), ct);
        Names = Members.Concat(Commissions).Concat(named.Values).DistinctBy(c => c.Id).ToDictionary(c => c.Id, c => c.DisplayName);
        await LoadMoreAsync(ct);
    }
}
