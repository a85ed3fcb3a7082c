namespace ModularReports.Workflow.Contracts;

/// <summary>
/// What a new document is about, for choosing the definition it starts on: its kind, the Congress of its resolution and
/// the kind of text (Resolution or Recommendation).
/// </summary>
public sealed record WorkflowScope(string DocumentKind, string? Congress, string? TextKind);

/// <summary>Where a document stands: the definition and version it is pinned to, and its state.</summary>
public sealed record WorkflowPosition(string DefinitionKey, int Version, string State);

/// <summary>
/// Who acts and how they relate to the document (<see cref="WorkflowActors"/>), who submitted it last, and how the
/// owning module answers the definition's conditions for it.
/// </summary>
public sealed record WorkflowActorContext(
    Guid? UserId, IReadOnlySet<string> Relations, Guid? SubmitterUserId, IWorkflowConditions Conditions);

/// <summary>
/// An action a person may take. <paramref name="Confirm"/>: it records a decision or makes the document public or
/// final, so people are asked before it is taken. <paramref name="Optional"/>: nobody waits for it, so it is no task.
/// </summary>
public sealed record WorkflowActionInfo(string Trigger, string Label, string To, bool CommentRequired, bool Primary, bool Confirm, bool Optional);

/// <summary>A condition of a transition as the definition writes it: <c>name</c>, <c>name(n)</c> or <c>not(name)</c>.</summary>
public sealed record WorkflowCondition(string Name, int? Argument, bool Negated);

/// <summary>An action the person would be allowed to take but whose conditions do not hold yet, and which ones.</summary>
public sealed record WorkflowBlockedAction(WorkflowActionInfo Action, IReadOnlyList<WorkflowCondition> Unmet);

/// <summary>What a person may do with a document now, and what they could do once the conditions hold.</summary>
public sealed record WorkflowActions(IReadOnlyList<WorkflowActionInfo> Available, IReadOnlyList<WorkflowBlockedAction> Blocked);

/// <summary>A move that may follow from a state, and who may make it (<see cref="WorkflowActors"/>).</summary>
public sealed record WorkflowNextStep(string Trigger, string Label, IReadOnlyList<string> Actors);

/// <summary>
/// A state as the definition describes it, with its label in the language asked for. <paramref name="DueAfter"/>: how
/// long the reviewers have once a document enters the state, if the definition says.
/// </summary>
public sealed record WorkflowStateInfo(
    string Key, string Label, bool IsPublic, bool IsTerminal, IReadOnlyList<string> EditableBy, bool HiddenFromReviewers, bool CountsForConsolidation,
    TimeSpan? DueAfter = null);

public sealed record WorkflowTimerPlan(int TimerIndex, string Action, TimeSpan After, IReadOnlyList<string> Actors, string? Trigger);

/// <summary>Whom to tell of a move, and with which message (<see cref="WorkflowMessages"/>); nobody is in two notices.</summary>
public sealed record WorkflowNotice(string Message, IReadOnlyList<string> Actors);

/// <summary>What the engine decided about a trigger.</summary>
public enum WorkflowOutcome
{
    Done,

    /// <summary>The actor may not fire this trigger (403).</summary>
    NotAllowed,

    /// <summary>The trigger does not apply in this state, or its conditions do not hold (409).</summary>
    NotAvailable,

    /// <summary>The transition needs a comment and none was given (400).</summary>
    CommentRequired,
}

/// <summary>
/// What firing a trigger did. When done: the state <paramref name="Entered"/>, what the transition records
/// (<paramref name="KeepsSubmittedVersion"/>, <paramref name="Decision"/>), whom to tell and the timers. Otherwise the
/// <paramref name="Available"/> actions are what may be done instead and, when the trigger applies but its conditions
/// do not hold, <paramref name="Unmet"/> says which.
/// </summary>
public sealed record WorkflowFireResult(
    WorkflowOutcome Outcome, string From, WorkflowStateInfo? Entered, IReadOnlyList<WorkflowNotice> Notices,
    IReadOnlyList<WorkflowTimerPlan> TimersToSchedule, bool CancelPreviousTimers, IReadOnlyList<WorkflowActionInfo> Available,
    bool KeepsSubmittedVersion = false, string? Decision = null, IReadOnlyList<WorkflowCondition>? Unmet = null)
{
    public bool Succeeded => Outcome == WorkflowOutcome.Done;
}

/// <summary>
/// The workflow engine as the module that owns documents sees it. The owner keeps state, version and journal in its
/// own transaction; the engine only decides.
/// </summary>
public interface IWorkflowRuntime
{
    /// <summary>The current version of a definition and its initial state, for a new document.</summary>
    Task<WorkflowPosition> StartAsync(string definitionKey, CancellationToken cancellationToken);

    /// <summary>Where a new document starts: on the definition admins chose for its scope (the most specific choice).</summary>
    Task<WorkflowPosition> StartAsync(WorkflowScope scope, CancellationToken cancellationToken);

    Task<WorkflowStateInfo> DescribeStateAsync(WorkflowPosition position, string language, CancellationToken cancellationToken);

    /// <summary>The label of a transition of the position's definition version (the trigger itself if it has none there).</summary>
    Task<string> TransitionLabelAsync(WorkflowPosition position, string trigger, string language, CancellationToken cancellationToken);

    /// <summary>The actions available to the actor and those they are allowed but whose conditions do not hold yet.</summary>
    Task<WorkflowActions> ActionsAsync(WorkflowPosition position, WorkflowActorContext actor, string language, CancellationToken cancellationToken);

    /// <summary>The moves that may follow from the position's state, whoever may make them: what people are told comes next.</summary>
    Task<IReadOnlyList<WorkflowNextStep>> NextStepsAsync(WorkflowPosition position, string language, CancellationToken cancellationToken);

    Task<WorkflowFireResult> FireAsync(
        WorkflowPosition position, WorkflowActorContext actor, string trigger, string? comment, string language, CancellationToken cancellationToken);
}
