using MassTransit;
using Microsoft.EntityFrameworkCore;
using ModularReports.BuildingBlocks.Persistence;

namespace ModularReports.BuildingBlocks.Messaging;

/// <summary>
/// A consumer whose effect happens once per message: the message id is recorded in the module's inbox in
/// the same save as the effect, and a message already recorded is skipped. Two deliveries racing each other
/// collide on the inbox key; the loser fails, is retried, and then finds the record. The effect is worked out
/// before anything is written, so a slow consumer (other modules' directories, composing e-mails) never holds
/// SQLite's write lock: only its one save does.
/// </summary>
public abstract class InboxConsumer<TMessage, TContext>(TContext db, TimeProvider clock) : IConsumer<TMessage>
    where TMessage : class
    where TContext : ModuleDbContext
{
    protected TContext Db => db;

    /// <summary>
    /// True for an effect that saves more than once or writes outside the change tracker: it then runs in one
    /// transaction taken before it starts.
    /// </summary>
    protected virtual bool SavesInSteps => false;

    public async Task Consume(ConsumeContext<TMessage> context)
    {
        var messageId = context.MessageId
            ?? throw new InvalidOperationException($"{typeof(TMessage).Name} arrived without a MessageId; it cannot be deduplicated.");
        var consumer = GetType().FullName!;
        var cancellationToken = context.CancellationToken;

        await using var transaction = SavesInSteps ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        var seen = await db.InboxMessages.AnyAsync(m => m.MessageId == messageId && m.Consumer == consumer, cancellationToken);
        if (seen)
        {
            return;
        }

        await HandleAsync(context.Message, cancellationToken);
        db.InboxMessages.Add(new InboxMessage { MessageId = messageId, Consumer = consumer, ProcessedAt = clock.GetUtcNow().UtcDateTime });
        await db.SaveChangesAsync(cancellationToken);
        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        await AfterCommitAsync(cancellationToken);
    }

    /// <summary>The effect of the message, made through <see cref="Db"/>; saved (and committed) by the caller.</summary>
    protected abstract Task HandleAsync(TMessage message, CancellationToken cancellationToken);

    /// <summary>Work that must wait for the commit (handing jobs to another store); not run for a message already seen.</summary>
    protected virtual Task AfterCommitAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
