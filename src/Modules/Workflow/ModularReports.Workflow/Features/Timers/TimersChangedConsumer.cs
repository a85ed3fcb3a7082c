using ModularReports.BuildingBlocks.Messaging;
using ModularReports.Workflow.Contracts;
using ModularReports.Workflow.Data;
using ModularReports.Workflow.Engine;

namespace ModularReports.Workflow.Features.Timers;

/// <summary>Applies a transition's timer changes once: cancel the document's running timers, schedule the new state's.</summary>
internal sealed class TimersChangedConsumer(WorkflowDbContext db, WorkflowTimers timers, TimeProvider clock)
    : InboxConsumer<WorkflowTimersChanged, WorkflowDbContext>(db, clock)
{
    // The timers of every document whose timers the batch cancels, in one query.
    protected override Task PrepareAsync(IReadOnlyList<WorkflowTimersChanged> messages, CancellationToken cancellationToken) =>
        timers.LoadAsync(messages.Where(m => m.CancelPrevious).Select(m => (m.DocumentType, m.DocumentId)).ToList(), cancellationToken);

    protected override Task HandleAsync(WorkflowTimersChanged message, CancellationToken cancellationToken)
    {
        if (message.CancelPrevious)
        {
            timers.StageCancelAllLoaded(message.DocumentType, message.DocumentId);
        }

        timers.Stage(message.DocumentType, message.DocumentId, message.Position, message.Schedule);
        return Task.CompletedTask;
    }
}
