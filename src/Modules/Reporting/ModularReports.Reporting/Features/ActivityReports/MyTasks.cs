using System.Globalization;
using Mediator;
using Microsoft.EntityFrameworkCore;
using ModularReports.Reporting.Data;
using ModularReports.Workflow.Contracts;

namespace ModularReports.Reporting.Features.ActivityReports;

internal sealed record TaskItem(Guid ReportId, Guid ResolutionId, string State, DateTime WaitingSince, IReadOnlyList<WorkflowActionInfo> Actions);

/// <summary>
/// The caller's inbox: every report on which they have an action now, the one waiting longest first. The candidates
/// are the reports they may see that are not finished; the workflow decides for each.
/// </summary>
internal sealed record MyTasks : IQuery<IReadOnlyList<TaskItem>>;

internal sealed class MyTasksHandler(ReportingDbContext db, ReportAccess access, IWorkflowRuntime workflow)
    : IQueryHandler<MyTasks, IReadOnlyList<TaskItem>>
{
    public const int Limit = 200;

    public async ValueTask<IReadOnlyList<TaskItem>> Handle(MyTasks query, CancellationToken cancellationToken)
    {
        var me = await access.UserAsync(cancellationToken);
        if (me is not { IsActive: true })
        {
            return [];
        }

        var candidates = (await access.VisibleAsync(db.ActivityReports.AsNoTracking(), cancellationToken)).Where(r => r.State != "accepted");

        var language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        var tasks = new List<TaskItem>();
        foreach (var report in await candidates.OrderBy(r => r.UpdatedAt).Take(Limit * 5).ToListAsync(cancellationToken))
        {
            var actions = await workflow.AvailableActionsAsync(ReportLoader.Position(report), await access.ActorAsync(report, cancellationToken), language, cancellationToken);
            if (actions.Count > 0)
            {
                tasks.Add(new TaskItem(report.Id, report.ResolutionId, report.State, report.UpdatedAt, actions));
                if (tasks.Count == Limit)
                {
                    break;
                }
            }
        }

        return tasks;
    }
}
