using ModularReports.BuildingBlocks.Messaging;
using ModularReports.Workflow.Contracts;
using ModularReports.Workflow.Data;

namespace ModularReports.Workflow.Features.Timers;

/// <summary>Applies a transition's timer changes once: cancel the document's running timers, schedule the new state's.</summary>
internal sealed class TimersChangedConsumer(WorkflowDbContext db, IWorkflowTimers timers, TimeProvider clock)
    : InboxConsumer<WorkflowTimersChanged, WorkflowDbContext>(db, clock)
{
    // Timers are saved, then handed to the job store, then saved with their job ids.
    protected override bool SavesInSteps => true;

    protected override async Task HandleAsync(WorkflowTimersChanged message, CancellationToken cancellationToken)
    {
        if (message.CancelPrevious)
        {
            await timers.CancelAllAsync(message.DocumentType, message.DocumentId, cancellationToken);
        }

        if (message.Schedule.Count > 0)
        {
            await timers.ScheduleAsync(message.DocumentType, message.DocumentId, message.Position, message.Schedule, cancellationToken);
        }
    }
}
