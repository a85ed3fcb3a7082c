using ModularReports.BuildingBlocks.Messaging;
using ModularReports.Workflow.Data;
using ModularReports.Workflow.Engine;

namespace ModularReports.Workflow.Features.Timers;

/// <summary>
/// Applies a transition's timer changes once: cancel the document's running timers, schedule the new state's. A change
/// that arrives after a later one of the same document is stale and changes nothing.
/// </summary>
internal sealed class TimersChangedConsumer(WorkflowDbContext db, WorkflowTimers timers, TimeProvider clock)
    : InboxConsumer<WorkflowTimersChanged, WorkflowDbContext>(db, clock)
{
    // The timers and latest changes of the batch's documents, in one query each.
    protected override Task PrepareAsync(IReadOnlyList<WorkflowTimersChanged> messages, CancellationToken cancellationToken) =>
        timers.LoadAsync(messages.Select(m => (m.DocumentType, m.DocumentId)).ToList(), cancellationToken);

    protected override Task HandleAsync(WorkflowTimersChanged message, CancellationToken cancellationToken)
    {
        timers.StageChange(message);
        return Task.CompletedTask;
    }
}
