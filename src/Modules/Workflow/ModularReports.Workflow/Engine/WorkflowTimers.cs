using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using ModularReports.Workflow.Contracts;
using ModularReports.Workflow.Data;
using ModularReports.Workflow.Domain;

namespace ModularReports.Workflow.Engine;

/// <summary>Timers as Hangfire jobs: durable across restarts, each with a row so that it can be cancelled.</summary>
internal sealed class WorkflowTimers(WorkflowDbContext db, IBackgroundJobClient jobs, TimeProvider clock) : IWorkflowTimers
{
    public async Task ScheduleAsync(
        string documentType, Guid documentId, WorkflowPosition position, IReadOnlyList<WorkflowTimerPlan> plans, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var timers = plans.Select(plan => new ScheduledTimer
        {
            Id = Guid.CreateVersion7(), DocumentType = documentType, DocumentId = documentId, DefinitionKey = position.DefinitionKey,
            Version = position.Version, State = position.State, TimerIndex = plan.TimerIndex, Action = plan.Action,
            Actors = string.Join(',', plan.Actors), Trigger = plan.Trigger, DueAt = (now + plan.After).UtcDateTime,
        }).ToList();
        db.Timers.AddRange(timers);
        await db.SaveChangesAsync(cancellationToken);
        foreach (var timer in timers)
        {
            timer.JobId = jobs.Schedule<WorkflowTimerJob>(job => job.RunAsync(timer.Id, CancellationToken.None), new DateTimeOffset(timer.DueAt, TimeSpan.Zero));
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task CancelAllAsync(string documentType, Guid documentId, CancellationToken cancellationToken)
    {
        var timers = await db.Timers.Where(t => t.DocumentType == documentType && t.DocumentId == documentId).ToListAsync(cancellationToken);
        foreach (var timer in timers.Where(t => t.JobId is not null))
        {
            jobs.Delete(timer.JobId);
        }

        db.Timers.RemoveRange(timers);
        await db.SaveChangesAsync(cancellationToken);
    }
}

/// <summary>The Hangfire job: hands the timer to the owning module, unless it was cancelled meanwhile.</summary>
internal sealed partial class WorkflowTimerJob(WorkflowDbContext db, IEnumerable<IWorkflowTimerTarget> targets, ILogger<WorkflowTimerJob> logger)
{
    public async Task RunAsync(Guid timerId, CancellationToken cancellationToken)
    {
        var timer = await db.Timers.SingleOrDefaultAsync(t => t.Id == timerId, cancellationToken);
        if (timer is null)
        {
            return; // cancelled: the document left the state
        }

        var target = targets.SingleOrDefault(t => t.DocumentType == timer.DocumentType);
        if (target is null)
        {
            LogNoTarget(logger, timer.DocumentType);
            return;
        }

        await target.OnTimerAsync(
            new WorkflowTimerDue(timer.DocumentType, timer.DocumentId, timer.DefinitionKey, timer.Version, timer.State, timer.TimerIndex,
                timer.Action, timer.Actors.Split(',', StringSplitOptions.RemoveEmptyEntries), timer.Trigger),
            cancellationToken);
        db.Timers.Remove(timer);
        await db.SaveChangesAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A workflow timer ran out for '{DocumentType}' documents, but no module handles them")]
    private static partial void LogNoTarget(ILogger logger, string documentType);
}
