using System.Text.Json;
using MassTransit;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ModularReports.BuildingBlocks.Messaging;

/// <summary>
/// Publishes committed outbox messages of every module to the bus: at once when a commit signals, and on a
/// slow poll for anything left over. Each message is published with its outbox id as MessageId, so a
/// redelivery is recognised by the consumers' inbox. A message handed to the bus is not yet delivered: some time later
/// the dispatcher looks whether every consumer of the event has recorded it in its inbox, and hands it over again if
/// not, until they all have (ADR 26). Nothing committed is lost to a process that ends, a bus that forgets or a consumer
/// that faults.
/// </summary>
public sealed partial class OutboxDispatcher(
    IServiceScopeFactory scopeFactory,
    IEnumerable<ModuleDatabase> modules,
    EventConsumers consumers,
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

        if (options.Value.TransportLosesMessagesOnStop)
        {
            await ForEachModuleAsync(LookAgainAtUnconsumedAsync, stoppingToken);
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            await ForEachModuleAsync(
                async (module, cancellationToken) =>
                {
                    while (await DispatchBatchAsync(module, cancellationToken) == options.Value.BatchSize)
                    {
                        // A full batch: there may be more waiting.
                    }

                    while (await CheckBatchAsync(module, cancellationToken) == options.Value.BatchSize)
                    {
                        // Likewise.
                    }
                },
                stoppingToken);

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

    private async Task ForEachModuleAsync(Func<ModuleDatabase, CancellationToken, Task> work, CancellationToken stoppingToken)
    {
        foreach (var module in modules)
        {
            try
            {
                await work(module, stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                LogDispatchFailed(logger, ex, module.Schema);
            }
        }
    }

    /// <summary>
    /// The in-memory bus of the process that ran before this one ended with it, and with it every message it held: what
    /// that process handed over and no consumer recorded is looked at now, not once its wait for the consumers is over.
    /// </summary>
    private async Task LookAgainAtUnconsumedAsync(ModuleDatabase module, CancellationToken cancellationToken)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var db = (ModuleDbContext)scope.ServiceProvider.GetRequiredService(module.ContextType);
        var now = clock.GetUtcNow().UtcDateTime;
        await db.OutboxMessages.Where(m => m.SentAt != null && m.ConsumedAt == null && m.NextAttemptAt > now)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.NextAttemptAt, now), cancellationToken);
    }

    /// <summary>
    /// The next batch: unsent messages that are due and not claimed, in the order they became due (a new event is due
    /// when it occurs). That order is the unsent messages' index's, so the database reads a batch's worth of rows;
    /// ordered by occurrence, it read and sorted the whole backlog of due messages for every batch (ADR 15).
    /// </summary>
    internal static IQueryable<Guid> Due(ModuleDbContext db, DateTime now, int batchSize) => db.OutboxMessages
        .Where(m => m.SentAt == null && m.NextAttemptAt <= now && (m.LockedUntil == null || m.LockedUntil < now))
        .OrderBy(m => m.NextAttemptAt)
        .Select(m => m.Id)
        .Take(batchSize);

    /// <summary>
    /// The batch's messages that are still unsent and unclaimed, found by id. The index of unsent messages is partial
    /// (ADR 15): with a plain index on the sent time, SQLite answered "sent is null" from it, reading the whole backlog
    /// for every claim, instead of looking up the batch's ids.
    /// </summary>
    internal static IQueryable<OutboxMessage> Claimable(ModuleDbContext db, List<Guid> due, DateTime now) =>
        db.OutboxMessages.Where(m => due.Contains(m.Id) && m.SentAt == null && (m.LockedUntil == null || m.LockedUntil < now));

    /// <summary>Sent messages not yet seen consumed whose wait for their consumers is over, in the order it ended (its index's).</summary>
    internal static IQueryable<Guid> AwaitingConsumers(ModuleDbContext db, DateTime now, int batchSize) => db.OutboxMessages
        .Where(m => m.SentAt != null && m.ConsumedAt == null && m.NextAttemptAt <= now && (m.LockedUntil == null || m.LockedUntil < now))
        .OrderBy(m => m.NextAttemptAt)
        .Select(m => m.Id)
        .Take(batchSize);

    /// <summary>The batch's messages still sent, unconsumed and unclaimed, found by id.</summary>
    internal static IQueryable<OutboxMessage> Unconsumed(ModuleDbContext db, List<Guid> due, DateTime now) =>
        db.OutboxMessages.Where(m => due.Contains(m.Id) && m.SentAt != null && m.ConsumedAt == null && (m.LockedUntil == null || m.LockedUntil < now));

    /// <summary>
    /// Claims, publishes and records one batch of due messages; returns how many it claimed. The batch's messages are
    /// published together: one by one, each waited for the broker's confirmation before the next left, and the
    /// dispatcher, not the broker or the consumers, set the pace. Consumers never relied on the order (a timer change
    /// older than one applied is ignored; each notification stands alone), which a broker with several consumers does
    /// not keep anyway.
    /// </summary>
    public Task<int> DispatchBatchAsync(ModuleDatabase module, CancellationToken cancellationToken) =>
        InBatchAsync(module, Due, Claimable, async (_, bus, messages, deadline) =>
        {
            var outcomes = await Task.WhenAll(messages.Select(message => HandOverAsync(
                message, (payload, type, token) => bus.Publish(payload, type, c => c.MessageId = message.Id, token), deadline, cancellationToken)));
            var now = clock.GetUtcNow().UtcDateTime; // one reading for the batch, so that it ends alike
            for (var i = 0; i < messages.Count; i++)
            {
                Record(messages[i], outcomes[i], now);
            }
        }, cancellationToken);

    /// <summary>
    /// Claims one batch of sent messages whose wait for their consumers is over: those every consumer has recorded are
    /// delivered; the others are handed over again. Returns how many it claimed.
    /// </summary>
    public Task<int> CheckBatchAsync(ModuleDatabase module, CancellationToken cancellationToken) =>
        InBatchAsync(module, AwaitingConsumers, Unconsumed, async (services, bus, messages, deadline) =>
        {
            var recorded = await consumers.RecordedAsync(services, messages, cancellationToken);
            var consumed = new List<OutboxMessage>();
            var again = new List<(OutboxMessage Message, Exception? Failure, string Consumers)>();
            foreach (var message in messages)
            {
                var missing = consumers.Of(message.Type).Where(c => !recorded.Contains((message.Id, c.Name))).ToList();
                if (missing.Count == 0)
                {
                    consumed.Add(message);
                    continue;
                }

                var names = string.Join(", ", missing.Select(c => c.Name));
                LogRedelivering(logger, message.Id, message.Type, names, message.Redeliveries + 1);
                // To each consumer that has not recorded it, and to no other: the others' inbox records do not last forever.
                var failure = await HandOverAsync(
                    message,
                    async (payload, type, token) =>
                    {
                        foreach (var consumer in missing)
                        {
                            var queue = await bus.GetSendEndpoint(consumer.Queue);
                            await queue.Send(payload, type, c => c.MessageId = message.Id, token);
                        }
                    },
                    deadline,
                    cancellationToken);
                again.Add((message, failure, names));
            }

            var now = clock.GetUtcNow().UtcDateTime;
            foreach (var message in consumed)
            {
                message.ConsumedAt = now;
            }

            foreach (var (message, failure, names) in again.Where(a => a.Failure != Untried))
            {
                message.Redeliveries++;
                Record(message, failure, now);
                // For whoever looks at the outbox: why it is still waiting (a failed hand-over says why instead).
                message.LastError ??= $"Handed over again: not recorded by {names}";
            }
        }, cancellationToken);

    /// <summary>
    /// Reads a batch's ids, claims them with one conditional update, works on the claimed ones and saves what became of
    /// them. The save runs even when the work was cut short by a stop or by the batch's deadline for its hand-overs
    /// (<see cref="OutboxOptions.HandOverTimeout"/> from the claim): what was handed over is recorded, and the rest is
    /// released at once rather than when the claim runs out.
    /// </summary>
    private async Task<int> InBatchAsync(
        ModuleDatabase module,
        Func<ModuleDbContext, DateTime, int, IQueryable<Guid>> due,
        Func<ModuleDbContext, List<Guid>, DateTime, IQueryable<OutboxMessage>> claimable,
        Func<IServiceProvider, IBus, List<OutboxMessage>, CancellationToken, Task> work,
        CancellationToken cancellationToken)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var db = (ModuleDbContext)scope.ServiceProvider.GetRequiredService(module.ContextType);
        var settings = options.Value;
        var now = clock.GetUtcNow().UtcDateTime;
        var lockId = Guid.NewGuid();
        var lockedUntil = now + settings.LockDuration;

        // Read first: an update, even one that matches nothing, would take SQLite's write lock for every module on
        // every wake-up.
        var ids = await due(db, now, settings.BatchSize).ToListAsync(cancellationToken);
        if (ids.Count == 0)
        {
            return 0;
        }

        // A row another instance locked or handled meanwhile no longer matches.
        var claimed = await claimable(db, ids, now)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.LockId, lockId).SetProperty(m => m.LockedUntil, lockedUntil), cancellationToken);
        if (claimed == 0)
        {
            return 0;
        }

        // By id: the lock id is not indexed (it is read once, here), and sent messages stay in the table for a while.
        var messages = await db.OutboxMessages.AsNoTracking()
            .Where(m => ids.Contains(m.Id) && m.LockId == lockId)
            .OrderBy(m => m.OccurredAt)
            .ToListAsync(cancellationToken);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(settings.HandOverTimeout);
        try
        {
            await work(scope.ServiceProvider, scope.ServiceProvider.GetRequiredService<IBus>(), messages, deadline.Token);
        }
        finally
        {
            await SaveAsync(db, messages, lockId);
        }

        if (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            LogHandOversTimedOut(logger, module.Schema, settings.HandOverTimeout);
        }

        return claimed;
    }

    /// <summary>
    /// Saves the batch and releases it. A batch mostly ends alike (handed over together, or seen consumed): one statement
    /// per outcome, not one per message.
    /// </summary>
    private static async Task SaveAsync(ModuleDbContext db, List<OutboxMessage> messages, Guid lockId)
    {
        foreach (var outcome in messages.GroupBy(m => (m.SentAt, m.ConsumedAt, m.NextAttemptAt, m.Attempts, m.Redeliveries, m.LastError)))
        {
            var (sentAt, consumedAt, nextAttemptAt, attempts, redeliveries, lastError) = outcome.Key;
            var these = outcome.Select(m => m.Id).ToList();
            await db.OutboxMessages.Where(m => these.Contains(m.Id) && m.LockId == lockId).ExecuteUpdateAsync(
                s => s.SetProperty(m => m.SentAt, sentAt).SetProperty(m => m.ConsumedAt, consumedAt).SetProperty(m => m.NextAttemptAt, nextAttemptAt)
                    .SetProperty(m => m.Attempts, attempts).SetProperty(m => m.Redeliveries, redeliveries).SetProperty(m => m.LastError, lastError)
                    .SetProperty(m => m.LockId, (Guid?)null).SetProperty(m => m.LockedUntil, (DateTime?)null),
                CancellationToken.None);
        }
    }

    /// <summary>
    /// What <see cref="HandOverAsync"/> returns for a message it did not try to hand over: the node is stopping, or the
    /// batch's deadline passed before its turn.
    /// </summary>
    private static readonly Exception Untried = new OperationCanceledException();

    /// <summary>What <see cref="HandOverAsync"/> returns for a hand-over the bus had not taken by the batch's deadline.</summary>
    private static readonly Exception TimedOut = new TimeoutException("The bus had not taken the message by the batch's deadline.");

    /// <summary>
    /// Hands the message to the bus; returns null once it is, or why it is not. Given up at the batch's deadline even if
    /// the bus does not heed the cancellation.
    /// </summary>
    private static async Task<Exception?> HandOverAsync(
        OutboxMessage message, Func<object, Type, CancellationToken, Task> send, CancellationToken deadline, CancellationToken cancellationToken)
    {
        if (deadline.IsCancellationRequested)
        {
            return Untried;
        }

        Task? handOver = null;
        try
        {
            var type = Type.GetType(message.Type, throwOnError: true)!;
            var payload = JsonSerializer.Deserialize(message.Payload, type, OutboxMessage.SerializerOptions)!;
            handOver = send(payload, type, deadline);
            await handOver.WaitAsync(deadline);
            return null;
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested)
        {
            // Left behind, it may still fault: observed here, so that its fault is not reported as unobserved.
            _ = handOver?.ContinueWith(static t => t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
            return cancellationToken.IsCancellationRequested ? Untried : TimedOut;
        }
        catch (Exception ex)
        {
            return ex;
        }
    }

    /// <summary>
    /// Records a hand-over as of <paramref name="now"/>, when it ended: a message handed over waits for its consumers (or
    /// for none, if it has none); one that failed is tried again later, and one the bus did not take in time at once (the
    /// wait was its pause, and a broker that is back should not find its events held by a growing delay); one not tried
    /// is left as it was.
    /// </summary>
    private void Record(OutboxMessage message, Exception? outcome, DateTime now)
    {
        var settings = options.Value;
        if (outcome is null)
        {
            message.SentAt = now;
            message.NextAttemptAt = now + settings.ConsumerWait(message.Redeliveries);
            message.ConsumedAt = consumers.Of(message.Type).Count == 0 ? now : null;
            message.LastError = null;
        }
        else if (outcome == TimedOut)
        {
            message.NextAttemptAt = now;
            message.LastError = outcome.Message;
        }
        else if (outcome != Untried)
        {
            message.Attempts++;
            message.NextAttemptAt = now + settings.RetryDelay(message.Attempts);
            message.LastError = outcome.Message.Length > 2000 ? outcome.Message[..2000] : outcome.Message;
            LogPublishFailed(logger, outcome, message.Id, message.Type, message.Attempts);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Messaging:Outbox:Dispatch is off: this instance publishes no events; another instance must")]
    private static partial void LogDispatchOff(ILogger logger);

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox dispatch failed for module {Schema}")]
    private static partial void LogDispatchFailed(ILogger logger, Exception exception, string schema);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The bus did not take module {Schema}'s batch of outbox messages within {Timeout}: the rest is tried again")]
    private static partial void LogHandOversTimedOut(ILogger logger, string schema, TimeSpan timeout);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Publishing outbox message {MessageId} ({Type}) failed, attempt {Attempts}")]
    private static partial void LogPublishFailed(ILogger logger, Exception exception, Guid messageId, string type, int attempts);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Event {MessageId} ({Type}) was handed to the bus but not recorded by {Consumers}; handing it over again (redelivery {Redeliveries})")]
    private static partial void LogRedelivering(ILogger logger, Guid messageId, string type, string consumers, int redeliveries);
}
