namespace ModularReports.Workflow.Contracts;

/// <summary>A timer that ran out for a document that was (when it was scheduled) in <paramref name="State"/>.</summary>
/// <param name="DueAt">When it fell due: the same each time the timer is run, so what it causes can be recognised if it runs twice.</param>
public sealed record WorkflowTimerDue(
    string DocumentType, Guid DocumentId, string DefinitionKey, int Version, string State, int TimerIndex, string Action,
    IReadOnlyList<string> Actors, string? Trigger, DateTimeOffset DueAt);

/// <summary>
/// Implemented by the module that owns a kind of document: what to do when one of its timers runs out (remind the
/// actors, or fire the trigger as the system through the same path and guards a person uses). The document may have
/// moved on since: the target checks <see cref="WorkflowTimerDue.State"/> against the document's state.
/// </summary>
public interface IWorkflowTimerTarget
{
    string DocumentType { get; }

    Task OnTimerAsync(WorkflowTimerDue due, CancellationToken cancellationToken);
}

/// <summary>
/// A document's timers change with a transition: published by the owning module in the same transaction as the
/// transition (its outbox), applied by the Workflow module once (its inbox). The request never waits for them, and a
/// transition that committed always gets its timers, even if the process stops right after. Timers run from
/// <paramref name="OccurredAt"/>, however late the change is applied.
/// </summary>
/// <param name="DocumentVersion">
/// The version of the document the transition was made from: a later transition of the document has a greater one, so a
/// change that arrives after a later one (a redelivery, another node's consumer) is recognised as stale and ignored.
/// </param>
public sealed record WorkflowTimersChanged(
    string DocumentType, Guid DocumentId, WorkflowPosition Position, bool CancelPrevious, IReadOnlyList<WorkflowTimerPlan> Schedule,
    DateTimeOffset OccurredAt, int DocumentVersion = 0) : ModularReports.BuildingBlocks.Abstractions.IIntegrationEvent;
