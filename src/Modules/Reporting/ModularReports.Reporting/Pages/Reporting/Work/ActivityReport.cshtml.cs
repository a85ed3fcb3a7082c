using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ModularReports.Constituencies.Contracts;
using ModularReports.Identity.Contracts;
using ModularReports.Reporting.Features.ActivityReports;
using ModularReports.Reporting.Features.Review;

namespace ModularReports.Reporting.Pages.Reporting.Work;

/// <summary>
/// One activity report at work: the editor (saving as the author types) while the workflow lets the user edit it;
/// otherwise the report as submitted with what changed since the previous submission. Both show the actions the user
/// may take now and the comment thread.
/// </summary>
[Authorize]
internal sealed class ActivityReportModel(IMediator mediator, IConstituentDirectory constituents, IUserDirectory users) : PageModel
{
    public ActivityWorkspace Workspace { get; private set; } = null!;

    public ActivityReportView Report => Workspace.Report;

    public IReadOnlyList<ConstituentRef> Members { get; private set; } = [];

    public IReadOnlyList<ConstituentRef> Commissions { get; private set; } = [];

    public IReadOnlyDictionary<Guid, string> Names { get; private set; } = new Dictionary<Guid, string>();

    public IReadOnlyList<UserRef> Colleagues { get; private set; } = [];

    public IReadOnlyDictionary<Guid, UserRef> CoAuthors { get; private set; } = new Dictionary<Guid, UserRef>();

    /// <summary>What the user sent when a save was refused, shown again so nothing typed is lost.</summary>
    public IFormCollection? Posted { get; private set; }

    [BindProperty(SupportsGet = true)] public string? Done { get; set; }

    public async Task OnGetAsync(Guid id) => await LoadAsync(id);

    public async Task<IActionResult> OnPostSaveAsync(Guid id)
    {
        if (await EditorHandlers.TryAsync(this, () => mediator.Send(new UpdateActivityReport(id, FormPatch.Activity(Request.Form), FormPatch.Version(Request.Form))).AsTask()))
        {
            return Redirect($"/activity-reports/{id}?done=saved");
        }

        Posted = Request.Form;
        await LoadAsync(id);
        return Page();
    }

    public Task<IActionResult> OnPostAutosaveAsync(Guid id) => EditorHandlers.AutosaveAsync(async () =>
    {
        var report = await mediator.Send(new UpdateActivityReport(id, FormPatch.Activity(Request.Form), FormPatch.Version(Request.Form)));
        return (report.Version, report.UpdatedAt, await mediator.Send(new AvailableActions(id)));
    });

    public async Task<IActionResult> OnPostActAsync(Guid id, string trigger, string? comment)
    {
        if (await EditorHandlers.TryAsync(this, () => mediator.Send(new FireTrigger(id, trigger, comment, WithReport: false)).AsTask()))
        {
            return Redirect($"/activity-reports/{id}?done={Uri.EscapeDataString(trigger)}");
        }

        await LoadAsync(id);
        return Page();
    }

    public async Task<IActionResult> OnPostCoAuthorAsync(Guid id, Guid userId, bool remove)
    {
        if (await EditorHandlers.TryAsync(this, () => mediator.Send(new SetCoAuthor(id, userId, !remove)).AsTask()))
        {
            return Redirect($"/activity-reports/{id}?done=co-authors");
        }

        await LoadAsync(id);
        return Page();
    }

    /// <summary>A field's value: what was just posted if a save was refused, else what is stored.</summary>
    public string? Value(string name, string? stored) => Posted is null ? stored : Posted[name].ToString();

    public bool Selected(string name, Guid id, IReadOnlyList<Guid> stored) =>
        Posted is null ? stored.Contains(id) : Posted[name].Contains(id.ToString());

    public IReadOnlyList<ReportActionView> ActionRows()
    {
        if (Posted is null)
        {
            return Report.Actions;
        }

        var rows = new List<ReportActionView>();
        for (var i = 0; Posted.ContainsKey($"actions[{i}].category"); i++)
        {
            rows.Add(new ReportActionView(Posted[$"actions[{i}].category"].ToString(), Posted[$"actions[{i}].description"].ToString(), Posted[$"actions[{i}].status"].ToString()));
        }

        return rows.Where(r => r.Category.Length > 0 || r.Description.Trim().Length > 0).ToList();
    }

    private async Task LoadAsync(Guid id)
    {
        var ct = HttpContext.RequestAborted;
        Workspace = await mediator.Send(new GetActivityWorkspace(id), ct);
        Members = await constituents.SearchAsync(null, ["Member"], 2000, ct);
        Commissions = await constituents.SearchAsync(null, ["Commission"], 200, ct);
        var named = await constituents.FindManyAsync(Report.MemberIds.Concat(Report.CommissionIds).Distinct().ToList(), ct);
        Names = Members.Concat(Commissions).Concat(named.Values).DistinctBy(c => c.Id).ToDictionary(c => c.Id, c => c.DisplayName);
        CoAuthors = await users.FindManyAsync(Report.CoAuthorIds.ToList(), ct);
        if (Workspace.Review.CanEdit)
        {
            Colleagues = (await users.InRoleAsync(Roles.Reporter, ct))
                .Where(u => u.IsActive && u.ConstituentId == Report.ConstituentId && u.Id != Report.AuthorUserId && !Report.CoAuthorIds.Contains(u.Id)).ToList();
        }
    }
}
