using System.Text.Json;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ModularReports.BuildingBlocks.Persistence;

namespace ModularReports.BuildingBlocks.Messaging;

/// <summary>
/// Publishes committed outbox messages of every module to the bus: at once when a commit signals, and on a
/// slow poll for anything left over. Each message is published with its outbox id as MessageId, so a
/// redelivery after a crash is recognised by the consumers' inbox.
/// </summary>
public sealed partial class OutboxDispatcher(
    IServiceScopeFactory scopeFactory,
    IEnumerable<ModuleDatabase> modules,
    OutboxSignal signal,
    IOptions<OutboxOptions> options,
    TimeProvider clock,
    ILogger<OutboxDispatcher> logger) : BackgroundService
{
    private readonly ModuleDatabase[] modules = modules.ToArray();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Dispatch)
        {
            LogDispatchOff(logger);
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            foreach (var module in modules)
            {
                try
                {
                    while (await DispatchBatchAsync(module, stoppingToken) == options.Value.BatchSize)
                    {
                        // A full batch: there may be more waiting.
                    }
                }
                catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
                {
                    LogDispatchFailed(logger, ex, module.Schema);
                }
            }

            try
            {
                await signal.WaitAsync(options.Value.PollInterval, stoppingToken);
                if (options.Value.GatherDelay > TimeSpan.Zero)
                {
                    await Task.Delay(options.Value.GatherDelay, stoppingToken);
                }
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
    }

    /// <summary>
    /// The next batch: unsent messages that are due and not claimed, in the order they became due (a new event is due
    /// when it occurs). That order is the unsent messages' index's, so the database reads a batch's worth of rows;
    /// ordered by occurrence, it read and sorted the whole backlog of due messages for every batch (ADR 22).
    /// </summary>
    internal static IQueryable<Guid> Due(ModuleDbContext db, DateTime now, int batchSize) => db.OutboxMessages
        .Where(m => m.SentAt == null && m.NextAttemptAt <= now && (m.LockedUntil == null || m.LockedUntil < now))
        .OrderBy(m => m.NextAttemptAt)
        .Select(m => m.Id)
        .Take(batchSize);

    /// <summary>
    /// The batch's messages that are still unsent and unclaimed, found by id. The index of unsent messages is partial
    /// (ADR 23): with a plain index on the sent time, SQLite answered "sent is null" from it, reading the whole backlog
    /// for every claim, instead of looking up the batch's ids.
    /// </summary>
    internal static IQueryable<OutboxMessage> Claimable(ModuleDbContext db, List<Guid> due, DateTime now) =>
        db.OutboxMessages.Where(m => due.Contains(m.Id) && m.SentAt == null && (m.LockedUntil == null || m.LockedUntil < now));

    /// <summary>Claims, publishes and records one batch of due messages; returns how many it claimed.</summary>
    public async Task<int> DispatchBatchAsync(ModuleDatabase module, CancellationToken cancellationToken)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var db = (ModuleDbContext)scope.ServiceProvider.GetRequiredService(module.ContextType);
        var bus = scope.ServiceProvider.GetRequiredService<IBus>();
        var settings = options.Value;
        var now = clock.GetUtcNow().UtcDateTime;
        var lockId = Guid.NewGuid();
        var lockedUntil = now + settings.LockDuration;

        // Read first: an update, even one that matches nothing, would take SQLite's write lock for every module on
        // every wake-up.
        var due = await Due(db, now, settings.BatchSize).ToListAsync(cancellationToken);
        if (due.Count == 0)
        {
            return 0;
        }

        // Claim with one conditional update: a row another instance locked or sent meanwhile no longer matches.
        var claimed = await Claimable(db, due, now)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.LockId, lockId).SetProperty(m => m.LockedUntil, lockedUntil), cancellationToken);
        if (claimed == 0)
        {
            return 0;
        }

        // By id: the lock id is not indexed (it is read once, here), and sent messages stay in the table for a while.
        var messages = await db.OutboxMessages
            .Where(m => due.Contains(m.Id) && m.LockId == lockId)
            .OrderBy(m => m.OccurredAt)
            .ToListAsync(cancellationToken);

        foreach (var message in messages)
        {
            await PublishAsync(bus, message, settings, cancellationToken);
            message.LockId = null;
            message.LockedUntil = null;
        }

        await db.SaveChangesAsync(CancellationToken.None);
        return claimed;
    }

    private async Task PublishAsync(IBus bus, OutboxMessage message, OutboxOptions settings, CancellationToken cancellationToken)
    {
        try
        {
            var type = Type.GetType(message.Type, throwOnError: true)!;
            var payload = JsonSerializer.Deserialize(message.Payload, type, OutboxMessage.SerializerOptions)!;
            await bus.Publish(payload, type, context => context.MessageId = message.Id, cancellationToken);
            message.SentAt = clock.GetUtcNow().UtcDateTime;
            message.LastError = null;
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            message.Attempts++;
            message.NextAttemptAt = clock.GetUtcNow().UtcDateTime + settings.RetryDelay(message.Attempts);
            message.LastError = ex.Message.Length > 2000 ? ex.Message[..2000] : ex.Message;
            LogPublishFailed(logger, ex, message.Id, message.Type, message.Attempts);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Messaging:Outbox:Dispatch is off: this instance publishes no events; another instance must")]
    private static partial void LogDispatchOff(ILogger logger);

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox dispatch failed for module {Schema}")]
    private static partial void LogDispatchFailed(ILogger logger, Exception exception, string schema);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Publishing outbox message {MessageId} ({Type}) failed, attempt {Attempts}")]
    private static partial void LogPublishFailed(ILogger logger, Exception exception, Guid messageId, string type, int attempts);
}
