using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ModularReports.Constituencies.Contracts;
using ModularReports.Identity.Contracts;
using ModularReports.Reporting.Features.ProgressReports;
using ModularReports.Reporting.Features.Review;

namespace ModularReports.Reporting.Pages.Reporting.Work;

/// <summary>
/// One progress report at work: the editor with consolidation from the accepted activity reports (and which of them
/// fed it) while the user may edit it; otherwise the report with what changed since the previous submission. Both show
/// the user's actions and the comment thread.
/// </summary>
[Authorize(Roles = $"{Roles.FocalPoint},{Roles.Admin}")]
internal sealed class ProgressReportModel(IMediator mediator, IConstituentDirectory constituents) : PageModel
{
    public ProgressWorkspace Workspace { get; private set; } = null!;

    public ProgressReportView Report => Workspace.Report;

    public IReadOnlyList<ConstituentRef> Members { get; private set; } = [];

    public IReadOnlyList<ConstituentRef> Commissions { get; private set; } = [];

    public IReadOnlyDictionary<Guid, string> Names { get; private set; } = new Dictionary<Guid, string>();

    public IFormCollection? Posted { get; private set; }

    [BindProperty(SupportsGet = true)] public string? Done { get; set; }

    [BindProperty(SupportsGet = true)] public int? Added { get; set; }

    public async Task OnGetAsync(Guid id) => await LoadAsync(id);

    public async Task<IActionResult> OnPostSaveAsync(Guid id)
    {
        if (await EditorHandlers.TryAsync(this, () => mediator.Send(new UpdateProgressReport(id, FormPatch.Progress(Request.Form), FormPatch.Version(Request.Form))).AsTask()))
        {
            return Redirect($"/progress-reports/{id}?done=saved");
        }

        Posted = Request.Form;
        await LoadAsync(id);
        return Page();
    }

    public Task<IActionResult> OnPostAutosaveAsync(Guid id) => EditorHandlers.AutosaveAsync(async () =>
    {
        var report = await mediator.Send(new UpdateProgressReport(id, FormPatch.Progress(Request.Form), FormPatch.Version(Request.Form)));
        return (report.Version, report.UpdatedAt, await mediator.Send(new ProgressActions(id)));
    });

    public async Task<IActionResult> OnPostConsolidateAsync(Guid id)
    {
        ConsolidationResult? result = null;
        if (await EditorHandlers.TryAsync(this, async () => result = await mediator.Send(new ConsolidateProgressReport(id, FormPatch.Version(Request.Form)))))
        {
            return Redirect($"/progress-reports/{id}?done=consolidated&added={result!.Added}");
        }

        await LoadAsync(id);
        return Page();
    }

    public async Task<IActionResult> OnPostActAsync(Guid id, string trigger, string? comment)
    {
        if (await EditorHandlers.TryAsync(this, () => mediator.Send(new FireProgressTrigger(id, trigger, comment, WithReport: false)).AsTask()))
        {
            return Redirect($"/progress-reports/{id}?done={Uri.EscapeDataString(trigger)}");
        }

        await LoadAsync(id);
        return Page();
    }

    public string? Value(string name, string? stored) => Posted is null ? stored : Posted[name].ToString();

    public bool Selected(string name, string value, IEnumerable<string> stored) =>
        Posted is null ? stored.Contains(value) : Posted[name].Contains(value);

    private async Task LoadAsync(Guid id)
    {
        var ct = HttpContext.RequestAborted;
        Workspace = await mediator.Send(new GetProgressWorkspace(id), ct);
        Members = await constituents.SearchAsync(null, ["Member"], 2000, ct);
        Commissions = await constituents.SearchAsync(null, ["Commission"], 200, ct);
        var named = await constituents.FindManyAsync(Report.MemberIds.Concat(Report.CommissionIds).Distinct().ToList(), ct);
        Names = Members.Concat(Commissions).Concat(named.Values).DistinctBy(c => c.Id).ToDictionary(c => c.Id, c => c.DisplayName);
    }
}
