namespace ModularReports.Reporting.Features.Review;

/// <summary>A journal entry with the name of who acted ("System" for timers and migrations).</summary>
internal sealed record ThreadEntry(DateTime At, string Actor, string From, string To, string Trigger, string? Comment);

/// <summary>
/// Everything a working page shows around a report: whether the caller may edit it now, what they may do, the
/// comment thread, the submitted versions and what the latest submission changed.
/// </summary>
internal sealed record ReviewContext(
    bool CanEdit, IReadOnlyList<WorkflowActionInfo> Actions, IReadOnlyList<ThreadEntry> Thread, IReadOnlyList<VersionLine> Versions,
    IReadOnlyList<FieldChange> LatestChanges);

/// <summary>A report of either kind with its <see cref="ReviewContext"/>.</summary>
internal sealed record ReportWorkspace(IReportView Report, ReviewContext Review);

internal sealed record GetWorkspace(string Kind, Guid Id) : IQuery<ReportWorkspace>;

internal sealed class WorkspaceQueries(
    ReportingDbContext db, ReportLoader loader, ReportViews views, ReportAccess access, IWorkflowRuntime workflow, IUserDirectory users)
    : IQueryHandler<GetWorkspace, ReportWorkspace>
{
    public async ValueTask<ReportWorkspace> Handle(GetWorkspace query, CancellationToken cancellationToken)
    {
        var (report, relations) = await loader.LoadAsync(query.Kind, query.Id, cancellationToken);
        var context = await ContextAsync(query.Kind, report, relations, await access.ActorAsync(report, cancellationToken), cancellationToken);
        return new ReportWorkspace(await views.ViewAsync(report, cancellationToken), context);
    }

    private async Task<ReviewContext> ContextAsync(
        string kind, ReviewedReport report, IReadOnlySet<string> relations, WorkflowActorContext actor, CancellationToken cancellationToken)
    {
        var language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        var state = await workflow.DescribeStateAsync(report.Position, language, cancellationToken);
        var actions = await workflow.AvailableActionsAsync(report.Position, actor, language, cancellationToken);
        // The report was loaded (and its reading allowed) once above; its records are read without checking again.
        var journal = await ReviewRecordQueries.JournalAsync(db, report.Id, cancellationToken);
        var versions = await ReviewRecordQueries.VersionsAsync(db, report.Id, cancellationToken);
        var changes = versions.Count > 0
            ? await CompareSubmissionsHandler.ChangesAsync(db, new CompareSubmissions(kind, report.Id, versions[^1].Number), cancellationToken)
            : [];
        var names = await users.FindManyAsync(journal.Where(j => j.ActorUserId is not null).Select(j => j.ActorUserId!.Value).Distinct().ToList(), cancellationToken);
        var thread = journal.Select(j => new ThreadEntry(
            j.At, j.ActorUserId is { } id ? names.GetValueOrDefault(id)?.DisplayName ?? "?" : "System", j.From, j.To, j.Trigger, j.Comment)).ToList();
        return new ReviewContext(state.EditableBy.Any(relations.Contains), actions, thread, versions, changes);
    }
}
