using ModularReports.Reporting.Data;

namespace ModularReports.Reporting.Features.Review;

/// <summary>
/// A journal entry as people read it: who acted ("System" for timers and migrations) and what they did, in the words of
/// the definition version it happened on (the transition's label and the state it led to); null for a move to another
/// version of the definition.
/// </summary>
/// <paramref name="Decision"/> is the reviewer's decision the move recorded, if any (<see cref="WorkflowDecisions"/>).
internal sealed record ThreadEntry(DateTime At, string Actor, string? Label, string? StateLabel, string? Comment, string? Decision = null)
{
    /// <summary>What was done and where it led, e.g. "Submit for review → Submitted".</summary>
    public string? Action => Label is null ? null : $"{Label} → {StateLabel}";
}

/// <summary>
/// Everything a working page shows around a report: whether the caller may edit it now, what they may do (and what
/// not yet, and why), the comment thread, the submitted versions and what the latest submission changed; the state the
/// report is in and the moves that may follow from it, for saying what comes next.
/// </summary>
internal sealed record ReviewContext(
    bool CanEdit, ReportActionChoices Actions, IReadOnlyList<ThreadEntry> Thread, IReadOnlyList<VersionLine> Versions,
    IReadOnlyList<FieldChange> LatestChanges, WorkflowStateInfo State, IReadOnlyList<WorkflowNextStep> NextSteps)
{
    /// <summary>The reviewer's comment when the report was last returned and has not been resubmitted since.</summary>
    public ThreadEntry? Returned => Thread.LastOrDefault(e => e.Action is not null) is { Decision: WorkflowDecisions.Return } last ? last : null;
}

/// <summary>A report of either kind with its <see cref="ReviewContext"/>.</summary>
internal sealed record ReportWorkspace(IReportView Report, ReviewContext Review);

internal sealed record GetWorkspace(string Kind, Guid Id) : IQuery<ReportWorkspace>;

internal sealed class WorkspaceQueries(
    ReportingDbContext db, ReportLoader loader, ReportViews views, ReportAccess access, IWorkflowRuntime workflow, IUserDirectory users,
    ActionReasons reasons)
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
        var names = await users.FindManyAsync(journal.Where(j => j.ActorUserId is not null).Select(j => j.ActorUserId!.Value).Distinct().ToList(), cancellationToken);
        var thread = new List<ThreadEntry>();
        foreach (var j in journal)
        {
            string? label = null, entered = null;
            if (j.Trigger != JournalEntry.MigrateTrigger)
            {
                var at = new WorkflowPosition(report.DefinitionKey, j.DefinitionVersion, j.From);
                label = await workflow.TransitionLabelAsync(at, j.Trigger, language, cancellationToken);
                entered = (await workflow.DescribeStateAsync(at with { State = j.To }, language, cancellationToken)).Label;
            }

            thread.Add(new ThreadEntry(
                j.At, j.ActorUserId is { } id ? names.GetValueOrDefault(id)?.DisplayName ?? "?" : "System", label, entered, j.Comment, j.Decision));
        }

        return new ReviewContext(
            state.EditableBy.Any(relations.Contains), actions, thread, versions, changes, state,
            await workflow.NextStepsAsync(report.Position, language, cancellationToken));
    }
}
