using ModularReports.Reporting.Data;

namespace ModularReports.Reporting.Features.Review;

/// <summary>
/// A report waiting for the caller: which kind, what it is, since when, what they may do, and for a progress report its
/// period's due date and where it stands against it.
/// </summary>
/// <param name="Review">A review step the caller may take in hand (not a report they are writing).</param>
/// <param name="Holder">Who has the review step in hand, if anyone (<paramref name="HolderId"/>).</param>
internal sealed record TaskItem(
    string Kind, Guid ReportId, string Title, Guid ResolutionId, string State, string StateLabel, DateTime WaitingSince, IReadOnlyList<WorkflowActionInfo> Actions,
    DateOnly? DueOn = null, DeadlineStatus Deadline = DeadlineStatus.None, bool Review = false, Guid? HolderId = null, string? Holder = null);

/// <summary>
/// The caller's inbox: every report of either kind on which they have an action now, the one waiting longest first.
/// The candidates are the unfinished reports they may see; the workflow decides for each.
/// </summary>
internal sealed record MyTasks : IQuery<IReadOnlyList<TaskItem>>;

internal sealed class MyTasksHandler(
    ReportingDbContext db, ReportAccess access, IWorkflowRuntime workflow, Constituencies.Contracts.IResolutionCatalog resolutions, IUserDirectory users,
    TimeProvider clock)
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
        var periodIds = progress.Select(p => p.PeriodId).Distinct().ToList();
        var periods = await db.Periods.AsNoTracking().Where(p => periodIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(now);
        var tasks = new List<TaskItem>();
        foreach (var report in activity.Concat<ReviewedReport>(progress))
        {
            var actor = await access.ActorAsync(report, cancellationToken);
            var choices = await workflow.ActionsAsync(report.Position, actor, language, cancellationToken);
            var state = await workflow.DescribeStateAsync(report.Position, language, cancellationToken);
            // A report its author may still edit is their task even before it can be submitted: finishing it is the work.
            var writing = state.EditableBy.Any(actor.Relations.Contains);
            var actions = choices.Available.Concat(writing ? choices.Blocked.Select(b => b.Action) : []).Where(a => !a.Optional).ToList();
            if (actions.Count > 0)
            {
                var title = report is ProgressReport p ? p.Title : string.Empty; // an activity report's is its resolution's code, named below
                var period = report is ProgressReport { PeriodId: var periodId } ? periods.GetValueOrDefault(periodId) : null;
                var review = !writing && state.EditableBy.Count == 0
                    && (actor.Relations.Contains(WorkflowActors.AssignedFocalPoint) || actor.Relations.Contains(WorkflowActors.Admin));
                // A review step is due when the definition gives its reviewers a time; a progress report being written, by its period.
                var (dueOn, deadline) = review && Deadline.ReviewDue(report.StateEnteredAt ?? report.UpdatedAt, state.DueAfter) is { } stepDue
                    ? (DateOnly.FromDateTime(stepDue), Deadline.OfReview(stepDue, now))
                    : (period?.DueOn, Deadline.Of(period?.DueOn, period?.RemindDaysBefore ?? 0, state.EditableBy.Count > 0, today));
                tasks.Add(new TaskItem(
                    report.Kind, report.Id, title, report.ResolutionId, report.State, state.Label, report.UpdatedAt, actions, dueOn, deadline, review,
                    report.ClaimedByUserId));
            }
        }

        var codes = await resolutions.FindManyAsync(tasks.Select(t => t.ResolutionId).Distinct().ToList(), language, cancellationToken);
        var holders = await users.FindManyAsync(tasks.Where(t => t.HolderId is not null).Select(t => t.HolderId!.Value).Distinct().ToList(), cancellationToken);
        return tasks.OrderBy(t => t.WaitingSince).Take(Limit)
            .Select(t => t.Kind == ReportKinds.Activity ? t with { Title = ReportTitle.Activity(codes.GetValueOrDefault(t.ResolutionId)?.Code) } : t)
            .Select(t => t.HolderId is { } holder ? t with { Holder = holders.GetValueOrDefault(holder)?.DisplayName ?? "?" } : t)
            .ToList();
    }
}
