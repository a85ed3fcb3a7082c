namespace ModularReports.Workflow.Contracts;

/// <summary>Where a document stands: the definition and version it is pinned to, and its state.</summary>
public sealed record WorkflowPosition(string DefinitionKey, int Version, string State);

/// <summary>
/// Who acts and how they relate to the document (<see cref="WorkflowActors"/>), who submitted it last, and how the
/// owning module evaluates catalogue conditions (name, optional number).
/// </summary>
public sealed record WorkflowActorContext(
    Guid? UserId, IReadOnlySet<string> Relations, Guid? SubmitterUserId, Func<string, int?, bool> Condition);

public sealed record WorkflowActionInfo(string Trigger, string Label, string To, bool CommentRequired);

public sealed record WorkflowStateInfo(string Key, string Label, bool IsPublic, bool IsTerminal, IReadOnlyList<string> EditableBy);

public sealed record WorkflowTimerPlan(int TimerIndex, string Action, TimeSpan After, IReadOnlyList<string> Actors, string? Trigger);

/// <summary>
/// What firing a trigger did. <paramref name="Outcome"/> is Done, NotAllowed (403), NotAvailable (409: the
/// <paramref name="Available"/> actions are what may be done instead) or CommentRequired (400).
/// </summary>
public sealed record WorkflowFireResult(
    string Outcome, string From, string? To, IReadOnlyList<string> NotifyActors, IReadOnlyList<WorkflowTimerPlan> TimersToSchedule,
    bool CancelPreviousTimers, IReadOnlyList<WorkflowActionInfo> Available)
{
    public bool Succeeded => Outcome == "Done";
}

/// <summary>
/// The workflow engine as the module that owns documents sees it. The owner keeps state, version and journal in its
/// own transaction; the engine only decides.
/// </summary>
public interface IWorkflowRuntime
{
    /// <summary>The current version of a definition and its initial state, for a new document.</summary>
    Task<WorkflowPosition> StartAsync(string definitionKey, CancellationToken cancellationToken);

    Task<WorkflowStateInfo> DescribeStateAsync(WorkflowPosition position, string language, CancellationToken cancellationToken);

    Task<IReadOnlyList<WorkflowActionInfo>> AvailableActionsAsync(
        WorkflowPosition position, WorkflowActorContext actor, string language, CancellationToken cancellationToken);

    Task<WorkflowFireResult> FireAsync(
        WorkflowPosition position, WorkflowActorContext actor, string trigger, string? comment, string language, CancellationToken cancellationToken);
}
