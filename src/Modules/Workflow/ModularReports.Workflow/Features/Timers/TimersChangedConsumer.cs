using ModularReports.BuildingBlocks.Messaging;
using ModularReports.Workflow.Contracts;
using ModularReports.Workflow.Data;
using ModularReports.Workflow.Engine;

namespace ModularReports.Workflow.Features.Timers;

/// <summary>Applies a transition's timer changes once: cancel the document's running timers, schedule the new state's.</summary>
internal sealed class TimersChangedConsumer(WorkflowDbContext db, WorkflowTimers timers, TimeProvider clock)
    : InboxConsumer<WorkflowTimersChanged, WorkflowDbContext>(db, clock)
{
    protected override async Task HandleAsync(WorkflowTimersChanged message, CancellationToken cancellationToken)
    {
        if (message.CancelPrevious)
        {
            await timers.StageCancelAllAsync(message.DocumentType, message.DocumentId, cancellationToken);
        }

        timers.Stage(message.DocumentType, message.DocumentId, message.Position, message.Schedule);
    }
}
