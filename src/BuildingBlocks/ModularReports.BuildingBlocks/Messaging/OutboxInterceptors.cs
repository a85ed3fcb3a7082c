using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ModularReports.BuildingBlocks.Messaging;

/// <summary>
/// Notes that a save stored outbox messages, and when no transaction is pending wakes the dispatcher and tells the
/// other nodes (<see cref="CommittedChanges"/>).
/// </summary>
public sealed class OutboxSaveChangesInterceptor(OutboxSignal signal, CommittedChanges changes) : SaveChangesInterceptor
{
    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Remember(eventData.Context);
        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Remember(eventData.Context);
        return base.SavingChanges(eventData, result);
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        SignalIfCommitted(eventData.Context);
        return base.SavedChangesAsync(eventData, result, cancellationToken);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        SignalIfCommitted(eventData.Context);
        return base.SavedChanges(eventData, result);
    }

    private static void Remember(DbContext? context) => (context as ModuleDbContext)?.NoteStoredEvents();

    private void SignalIfCommitted(DbContext? context)
    {
        // Inside an explicit transaction the rows are not visible yet: the transaction interceptor signals on commit.
        if (context is ModuleDbContext module && module.Database.CurrentTransaction is null)
        {
            OutboxTransactionInterceptor.Tell(module, signal, changes);
        }
    }
}

/// <summary>
/// Wakes the dispatcher when a transaction that stored outbox messages commits; any commit moves the module's data
/// generation and is told to the other nodes (<see cref="CommittedChanges"/>).
/// </summary>
public sealed class OutboxTransactionInterceptor(OutboxSignal signal, CommittedChanges changes) : DbTransactionInterceptor
{
    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Committed(eventData.Context);
        return Task.CompletedTask;
    }

    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Committed(eventData.Context);

    public override Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        RolledBack(eventData.Context);
        return Task.CompletedTask;
    }

    public override void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => RolledBack(eventData.Context);

    /// <summary>A context's transaction committed (also called for one run outside EF Core, see <c>SqliteWriters</c>).</summary>
    internal void Committed(DbContext? context)
    {
        if (context is ModuleDbContext module)
        {
            module.DataChanged();
            Tell(module, signal, changes);
        }
    }

    /// <summary>A commit of the module is known: the dispatcher woken if it stored events, and the other nodes told.</summary>
    internal static void Tell(ModuleDbContext module, OutboxSignal signal, CommittedChanges changes)
    {
        var storedEvents = module.HasUnsignalledOutboxMessages;
        if (storedEvents)
        {
            module.HasUnsignalledOutboxMessages = false;
            signal.Notify();
        }

        changes.Add(module.ModuleSchema, storedEvents);
    }

    internal static void RolledBack(DbContext? context)
    {
        if (context is ModuleDbContext module)
        {
            module.HasUnsignalledOutboxMessages = false;
        }
    }
}
