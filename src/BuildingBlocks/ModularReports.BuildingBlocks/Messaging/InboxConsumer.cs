using System.Runtime.ExceptionServices;
using MassTransit;

namespace ModularReports.BuildingBlocks.Messaging;

/// <summary>
/// A consumer whose effect happens once per message, taking messages in batches (ADR 15): the batch's message ids
/// are looked up in the module's inbox with one query, the effects of the new ones are worked out in order in one unit
/// of work, and they are saved with their inbox records in one transaction. A message seen before (or twice in the
/// batch) is skipped; two deliveries racing each other collide on the inbox key, and the loser is retried and then
/// finds the record. Nothing is written while the effects are worked out (other modules' directories, composing
/// e-mails), so SQLite's write lock is held for the one save only.
/// <para>
/// When the batch cannot be saved as a whole (one message's effect fails or breaks a constraint), each message is
/// tried again on its own with its own save: the good ones take effect, and the batch then fails for the bad ones
/// alone, so the bus retries it and at last faults it; the messages that took effect are skipped when it comes back.
/// </para>
/// </summary>
public abstract class InboxConsumer<TMessage, TContext>(TContext db, TimeProvider clock) : IConsumer<Batch<TMessage>>
    where TMessage : class
    where TContext : ModuleDbContext
{
    protected TContext Db => db;

    public async Task Consume(ConsumeContext<Batch<TMessage>> context)
    {
        var cancellationToken = context.CancellationToken;
        var consumer = InboxConsumerName.Of(GetType());
        var messages = new List<(Guid Id, TMessage Message)>(context.Message.Length);
        foreach (var item in context.Message)
        {
            var id = item.MessageId
                ?? throw new InvalidOperationException($"{typeof(TMessage).Name} arrived without a MessageId; it cannot be deduplicated.");
            messages.Add((id, item.Message));
        }

        var ids = messages.Select(m => m.Id).Distinct().ToList();
        var seen = await db.InboxMessages.Where(m => m.Consumer == consumer && ids.Contains(m.MessageId))
            .Select(m => m.MessageId).ToHashSetAsync(cancellationToken);
        var fresh = messages.Where(m => !seen.Contains(m.Id)).DistinctBy(m => m.Id).ToList();
        if (fresh.Count == 0)
        {
            return;
        }

        try
        {
            // Handlers add and remove entities and look at what earlier messages staged (DbSet.Local): with detection
            // on, each look would compare every tracked value again (quadratic in the batch). The save detects once.
            var detect = db.ChangeTracker.AutoDetectChangesEnabled;
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            try
            {
                await PrepareAsync(fresh.Select(m => m.Message).ToList(), cancellationToken);
                foreach (var (id, message) in fresh)
                {
                    await StageAsync(id, message, consumer, cancellationToken);
                }
            }
            finally
            {
                db.ChangeTracker.AutoDetectChangesEnabled = detect;
            }

            await db.SaveChangesAsync(cancellationToken);
        }
        catch (Exception) when (fresh.Count > 1 && !cancellationToken.IsCancellationRequested)
        {
            db.ChangeTracker.Clear();
            await OneByOneAsync(fresh, consumer, cancellationToken);
            return;
        }

        await AfterCommitAsync(cancellationToken);
    }

    /// <summary>The effect of the message, made through <see cref="Db"/>; saved (and committed) by the caller.</summary>
    /// <remarks>
    /// Effects of earlier messages of the same batch are in the unit of work, not yet in the database: a handler
    /// that looks for what an earlier message may have added looks in the change tracker too.
    /// </remarks>
    protected abstract Task HandleAsync(TMessage message, CancellationToken cancellationToken);

    /// <summary>
    /// Reads, once for the whole batch, what the handlers will need (tracked, in <see cref="Db"/>), instead of one query
    /// per message; called before the first <see cref="HandleAsync"/> of a batch.
    /// </summary>
    protected virtual Task PrepareAsync(IReadOnlyList<TMessage> messages, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Work that must wait for the commit (waking a sender); run once after each successful save.</summary>
    protected virtual Task AfterCommitAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task StageAsync(Guid id, TMessage message, string consumer, CancellationToken cancellationToken)
    {
        await HandleAsync(message, cancellationToken);
        db.InboxMessages.Add(new InboxMessage { MessageId = id, Consumer = consumer, ProcessedAt = clock.GetUtcNow().UtcDateTime });
    }

    private async Task OneByOneAsync(List<(Guid Id, TMessage Message)> fresh, string consumer, CancellationToken cancellationToken)
    {
        var failures = new List<Exception>();
        foreach (var (id, message) in fresh)
        {
            try
            {
                if (await db.InboxMessages.AnyAsync(m => m.MessageId == id && m.Consumer == consumer, cancellationToken))
                {
                    continue;
                }

                await PrepareAsync([message], cancellationToken);
                await StageAsync(id, message, consumer, cancellationToken);
                await db.SaveChangesAsync(cancellationToken);
                await AfterCommitAsync(cancellationToken);
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                db.ChangeTracker.Clear();
                failures.Add(ex);
            }
        }

        if (failures.Count > 0)
        {
            if (failures.Count == 1)
            {
                ExceptionDispatchInfo.Throw(failures[0]);
            }

            throw new AggregateException(failures);
        }
    }
}
