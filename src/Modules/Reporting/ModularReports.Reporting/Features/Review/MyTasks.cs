using ModularReports.Reporting.Data;

namespace ModularReports.Reporting.Features.Review;

/// <summary>A report waiting for the caller: which kind, what it is, since when, and what they may do.</summary>
internal sealed record TaskItem(
    string Kind, Guid ReportId, string Title, Guid ResolutionId, string State, string StateLabel, DateTime WaitingSince, IReadOnlyList<WorkflowActionInfo> Actions);

/// <summary>
/// The caller's inbox: every report of either kind on which they have an action now, the one waiting longest first.
/// The candidates are the unfinished reports they may see; the workflow decides for each.
/// </summary>
internal sealed record MyTasks : IQuery<IReadOnlyList<TaskItem>>;

internal sealed class MyTasksHandler(ReportingDbContext db, ReportAccess access, IWorkflowRuntime workflow, Constituencies.Contracts.IResolutionCatalog resolutions)
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

        var language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        var activity = await (await access.VisibleAsync(db.ActivityReports.AsNoTracking(), cancellationToken))
            .Where(r => !r.IsFinished).OrderBy(r => r.UpdatedAt).Take(Limit * 5).ToListAsync(cancellationToken);
        var progress = await (await access.VisibleAsync(db.ProgressReports.AsNoTracking(), cancellationToken))
            .Where(r => !r.IsFinished).OrderBy(r => r.UpdatedAt).Take(Limit * 5).ToListAsync(cancellationToken);
        var tasks = new List<TaskItem>();
        foreach (var report in activity.Concat<ReviewedReport>(progress))
        {
            var actions = (await workflow.AvailableActionsAsync(report.Position, await access.ActorAsync(report, cancellationToken), language, cancellationToken))
                .Where(a => !a.Optional).ToList();
            if (actions.Count > 0)
            {
                var state = await workflow.DescribeStateAsync(report.Position, language, cancellationToken);
                var title = report is ProgressReport p ? p.Title : string.Empty; // an activity report's is its resolution's code, named below
                tasks.Add(new TaskItem(report.Kind, report.Id, title, report.ResolutionId, report.State, state.Label, report.UpdatedAt, actions));
            }
        }

        var codes = await resolutions.FindManyAsync(tasks.Select(t => t.ResolutionId).Distinct().ToList(), language, cancellationToken);
        return tasks.OrderBy(t => t.WaitingSince).Take(Limit)
            .Select(t => t.Kind == ReportKinds.Activity ? t with { Title = ReportTitle.Activity(codes.GetValueOrDefault(t.ResolutionId)?.Code) } : t)
            .ToList();
    }
}
