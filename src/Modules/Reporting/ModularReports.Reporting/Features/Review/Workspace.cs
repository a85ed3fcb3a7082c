using ModularReports.Reporting.Data;

namespace ModularReports.Reporting.Features.Review;

/// <summary>
/// A journal entry as people read it: who acted ("System" for timers and migrations) and what they did, in the words of
/// the definition version it happened on (the transition's label and the state it led to); null for a move to another
/// version of the definition.
/// </summary>
/// <paramref name="Decision"/> is the reviewer's decision the move recorded, if any (<see cref="WorkflowDecisions"/>).
/// <paramref name="Move"/> is false for a review step taken in hand, given or let go: its <paramref name="Label"/> says which.
internal sealed record ThreadEntry(DateTime At, string Actor, string? Label, string? StateLabel, string? Comment, string? Decision = null, bool Move = true)
{
    /// <summary>What was done and where it led, e.g. "Submit for review → Submitted".</summary>
    public string? Action => Label is null ? null : Move ? $"{Label} → {StateLabel}" : Label;
}

/// <summary>
/// The report's current review step for one of its reviewers: who has it in hand since when, whether the caller may
/// take it or let it go, and the colleagues it may be given to.
/// </summary>
internal sealed record ReviewStep(
    Guid? HolderId, string? Holder, DateTime? Since, bool CanTake, bool CanRelease, IReadOnlyList<(Guid Id, string Name)> Colleagues);

/// <summary>
/// Everything a working page shows around a report: whether the caller may edit it now, what they may do (and what
/// not yet, and why), the comment thread, the submitted versions and what the latest submission changed; the state the
/// report is in and the moves that may follow from it, for saying what comes next.
/// </summary>
internal sealed record ReviewContext(
    bool CanEdit, ReportActionChoices Actions, IReadOnlyList<ThreadEntry> Thread, IReadOnlyList<VersionLine> Versions,
    IReadOnlyList<FieldChange> LatestChanges, WorkflowStateInfo State, IReadOnlyList<WorkflowNextStep> NextSteps, ReviewStep? Step = null)
{
    /// <summary>The reviewer's comment when the report was last returned and has not been resubmitted since.</summary>
    public ThreadEntry? Returned => Thread.LastOrDefault(e => e.Move && e.Action is not null) is { Decision: WorkflowDecisions.Return } last ? last : null;

    /// <summary>The last move of the workflow (not a review step taken in hand).</summary>
    public ThreadEntry? LastMove => Thread.LastOrDefault(e => e.Move && e.Label is not null);
}

/// <summary>A report of either kind with its <see cref="ReviewContext"/>.</summary>
internal sealed record ReportWorkspace(IReportView Report, ReviewContext Review);

internal sealed record GetWorkspace(string Kind, Guid Id) : IQuery<ReportWorkspace>;

internal sealed class WorkspaceQueries(
    ReportingDbContext db, ReportLoader loader, ReportViews views, ReportAccess access, IWorkflowRuntime workflow, IUserDirectory users,
    ActionReasons reasons, IFocalPointDirectory focalPoints, Microsoft.Extensions.Localization.IStringLocalizer<ReportingText> t)
    : IQueryHandler<GetWorkspace, ReportWorkspace>
{
    public async ValueTask<ReportWorkspace> Handle(GetWorkspace query, CancellationToken cancellationToken)
    {
        var (report, relations) = await loader.LoadAsync(query.Kind, query.Id, cancellationToken);
        var context = await ContextAsync(report, relations, access.Actor(report, relations), cancellationToken);
        return new ReportWorkspace(await views.ViewAsync(report, cancellationToken), context);
    }

    private async Task<ReviewContext> ContextAsync(
        ReviewedReport report, IReadOnlySet<string> relations, WorkflowActorContext actor, CancellationToken cancellationToken)
    {
        var language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        var state = await workflow.DescribeStateAsync(report.Position, language, cancellationToken);
        var actions = reasons.Choices(report, await workflow.ActionsAsync(report.Position, actor, language, cancellationToken));
        // The report was loaded (and its reading allowed) once above; its records are read without checking again.
        var journal = await ReviewRecordQueries.JournalAsync(db, report.Id, cancellationToken);
        var versions = await ReviewRecordQueries.VersionsAsync(db, report.Id, cancellationToken);
        var changes = versions.Count > 0
            ? await CompareSubmissionsHandler.ChangesAsync(db, new CompareSubmissions(report.Kind, report.Id, versions[^1].Number), cancellationToken)
            : [];
        var names = await users.FindManyAsync(
            journal.SelectMany(j => new[] { j.ActorUserId, j.AssigneeUserId }).OfType<Guid>().Append(report.ClaimedByUserId ?? Guid.Empty).Distinct().ToList(), cancellationToken);
        string Name(Guid id) => names.GetValueOrDefault(id)?.DisplayName ?? "?";
        var thread = new List<ThreadEntry>();
        foreach (var j in journal)
        {
            string? label = j.Trigger switch
            {
                JournalEntry.ClaimTrigger => t["Journal_Claim"].Value,
                JournalEntry.AssignTrigger => t["Journal_Assign", Name(j.AssigneeUserId ?? Guid.Empty)].Value,
                JournalEntry.ReleaseTrigger => t["Journal_Release"].Value,
                _ => null,
            };
            string? entered = null;
            if (j.IsMove)
            {
                var at = new WorkflowPosition(report.DefinitionKey, j.DefinitionVersion, j.From);
                label = await workflow.TransitionLabelAsync(at, j.Trigger, language, cancellationToken);
                entered = (await workflow.DescribeStateAsync(at with { State = j.To }, language, cancellationToken)).Label;
            }

            thread.Add(new ThreadEntry(j.At, j.ActorUserId is { } id ? Name(id) : t["Thread_System"].Value, label, entered, j.Comment, j.Decision, j.IsMove));
        }

        return new ReviewContext(
            state.EditableBy.Any(relations.Contains), actions, thread, versions, changes, state,
            await workflow.NextStepsAsync(report.Position, language, cancellationToken), await StepAsync(report, relations, state, Name, cancellationToken));
    }

    /// <summary>For a reviewer, when the report waits for its reviewers: who has the step in hand, and who else could.</summary>
    private async Task<ReviewStep?> StepAsync(
        ReviewedReport report, IReadOnlySet<string> relations, WorkflowStateInfo state, Func<Guid, string> name, CancellationToken cancellationToken)
    {
        var admin = relations.Contains(WorkflowActors.Admin);
        if ((!admin && !relations.Contains(WorkflowActors.AssignedFocalPoint)) || state.IsTerminal || state.EditableBy.Count > 0)
        {
            return null;
        }

        var me = access.UserId;
        var assigned = await focalPoints.FocalPointsOfAsync(report.ResolutionId, cancellationToken);
        var colleagues = (await users.FindManyAsync(assigned, cancellationToken)).Values
            .Where(u => u.IsActive && u.Roles.Contains(Roles.FocalPoint) && u.Id != report.ClaimedByUserId && u.Id != me && u.Id != report.SubmitterUserId)
            .OrderBy(u => u.DisplayName, StringComparer.CurrentCulture).Select(u => (u.Id, u.DisplayName)).ToList();
        var holder = report.ClaimedByUserId;
        return new ReviewStep(
            holder, holder is { } h ? name(h) : null, report.ClaimedAt, holder != me && (holder is null || admin), holder is not null && (holder == me || admin), colleagues);
    }
}
