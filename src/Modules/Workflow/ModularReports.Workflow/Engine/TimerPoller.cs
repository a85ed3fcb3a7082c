using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ModularReports.Workflow.Data;

namespace ModularReports.Workflow.Engine;

/// <summary>
/// Runs out due timers: every poll (<c>BackgroundJobs:PollInterval</c>, 15 s by default; workflow timers are hours or
/// days) it claims each due timer with a lease, hands it to the module that owns the document, and deletes it. A
/// target that fails leaves the timer to be tried again once the lease has run out; two instances never run the same
/// timer at once.
/// </summary>
internal sealed partial class TimerPoller(IServiceScopeFactory scopes, IConfiguration configuration, TimeProvider clock, ILogger<TimerPoller> logger)
    : BackgroundService
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);

    private readonly TimeSpan pollInterval = configuration.GetValue("BackgroundJobs:PollInterval", TimeSpan.FromSeconds(15));

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RunDueAsync(stoppingToken);
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                LogPollFailed(logger, exception);
            }

            try
            {
                await Task.Delay(pollInterval, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
    }

    /// <summary>Runs out every timer due now; returns how many ran.</summary>
    public async Task<int> RunDueAsync(CancellationToken cancellationToken)
    {
        List<Guid> due;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var now = clock.GetUtcNow().UtcDateTime;
            due = await scope.ServiceProvider.GetRequiredService<WorkflowDbContext>().Timers
                .Where(t => t.DueAt <= now && (t.LeaseUntil == null || t.LeaseUntil < now))
                .OrderBy(t => t.DueAt).Select(t => t.Id).Take(100).ToListAsync(cancellationToken);
        }

        var ran = 0;
        foreach (var id in due)
        {
            if (await RunAsync(id, cancellationToken))
            {
                ran++;
            }
        }

        return ran;
    }

    private async Task<bool> RunAsync(Guid timerId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkflowDbContext>();
        var now = clock.GetUtcNow().UtcDateTime;
        var claimed = await db.Timers
            .Where(t => t.Id == timerId && (t.LeaseUntil == null || t.LeaseUntil < now))
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.LeaseUntil, now + Lease), cancellationToken);
        var timer = claimed == 0 ? null : await db.Timers.AsNoTracking().SingleOrDefaultAsync(t => t.Id == timerId, cancellationToken);
        if (timer is null)
        {
            return false; // another instance runs it, or the document left the state meanwhile
        }

        var target = scope.ServiceProvider.GetServices<IWorkflowTimerTarget>().SingleOrDefault(t => t.DocumentType == timer.DocumentType);
        if (target is null)
        {
            LogNoTarget(logger, timer.DocumentType);
            return false;
        }

        try
        {
            await target.OnTimerAsync(
                new WorkflowTimerDue(timer.DocumentType, timer.DocumentId, timer.DefinitionKey, timer.Version, timer.State, timer.TimerIndex,
                    timer.Action, timer.Actors.Split(',', StringSplitOptions.RemoveEmptyEntries), timer.Trigger, new DateTimeOffset(timer.DueAt, TimeSpan.Zero)),
                cancellationToken);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            LogTimerFailed(logger, exception, timer.Id, Lease);
            return false;
        }

        await db.Timers.Where(t => t.Id == timerId).ExecuteDeleteAsync(CancellationToken.None);
        return true;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Looking for due workflow timers failed; the next poll tries again")]
    private static partial void LogPollFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Workflow timer {TimerId} failed; it is tried again in {Lease}")]
    private static partial void LogTimerFailed(ILogger logger, Exception exception, Guid timerId, TimeSpan lease);

    [LoggerMessage(Level = LogLevel.Error, Message = "A workflow timer ran out for '{DocumentType}' documents, but no module handles them")]
    private static partial void LogNoTarget(ILogger logger, string documentType);
}
