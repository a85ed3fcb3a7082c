using Microsoft.AspNetCore.Mvc;
using ModularReports.Reporting.Features.ActivityReports;

namespace ModularReports.Reporting.Pages.Reporting.Work;

/// <summary>One activity report at work (<see cref="ReportEditorPage"/>), with its actions taken and its co-authors.</summary>
[Authorize]
internal sealed class ActivityReportModel(IMediator mediator, IConstituentDirectory constituents, IUserDirectory users)
    : ReportEditorPage(mediator, constituents)
{
    public ActivityReportView Report => (ActivityReportView)Workspace.Report;

    public IReadOnlyList<UserRef> Colleagues { get; private set; } = [];

    public IReadOnlyDictionary<Guid, UserRef> CoAuthors { get; private set; } = new Dictionary<Guid, UserRef>();

    protected override string Kind => ReportKinds.Activity;

    protected override string Path => "/activity-reports";

    public Task<IActionResult> OnPostCoAuthorAsync(Guid id, Guid userId, bool remove) => RunAsync(id, async () =>
    {
        await Mediator.Send(new SetCoAuthor(id, userId, !remove));
        return "co-authors";
    });

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

    protected override JsonElement Patch(IFormCollection form) => FormPatch.Activity(form);

    protected override async Task LoadMoreAsync(CancellationToken cancellationToken)
    {
        CoAuthors = await users.FindManyAsync(Report.CoAuthorIds.ToList(), cancellationToken);
        if (Workspace.Review.CanEdit)
        {
            Colleagues = (await users.InRoleAsync(Roles.Reporter, cancellationToken))
                .Where(u => u.IsActive && u.ConstituentId == Report.ConstituentId && u.Id != Report.AuthorUserId && !Report.CoAuthorIds.Contains(u.Id)).ToList();
        }
    }
}
