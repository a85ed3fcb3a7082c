using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ModularReports.BuildingBlocks.Persistence;

/// <summary>
/// One writer at a time per SQLite file, queued in the process instead of inside SQLite. SQLite lets one connection
/// write; the others poll for the lock with sleeps that grow to 100 ms (busy_timeout), so under load a writer often
/// sleeps long after the lock came free, and requests pile up behind background work (ADR 0015). Here every write
/// transaction, and every write statement outside one, first takes the file's gate and gives it back when it ends:
/// waiters start the moment the writer before them finishes. Reads never take it (write-ahead logging lets them run
/// beside the writer). Writers in another process still meet SQLite's own lock and busy timeout.
/// </summary>
internal sealed class SqliteWriteGate : IDbTransactionInterceptor, IDbCommandInterceptor, IDbConnectionInterceptor
{
    public static readonly SqliteWriteGate Instance = new();

    /// <summary>As long as SQLite itself would wait for the lock (busy_timeout), then the same "database is locked".</summary>
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    private static readonly ConcurrentDictionary<string, SemaphoreSlim> Gates = new(StringComparer.Ordinal);

    private readonly ConditionalWeakTable<DbConnection, Holder> holders = new();

    private readonly ConditionalWeakTable<DbTransaction, Holder> transactions = new();

    // A transaction holds the gate from BEGIN to its end.
    public InterceptionResult<DbTransaction> TransactionStarting(DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result)
    {
        Enter(connection);
        return result;
    }

    public async ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(
        DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result, CancellationToken cancellationToken = default)
    {
        await EnterAsync(connection, cancellationToken);
        return result;
    }

    public DbTransaction TransactionStarted(DbConnection connection, TransactionEndEventData eventData, DbTransaction result)
    {
        transactions.AddOrUpdate(result, HolderOf(connection));
        return result;
    }

    public ValueTask<DbTransaction> TransactionStartedAsync(
        DbConnection connection, TransactionEndEventData eventData, DbTransaction result, CancellationToken cancellationToken = default)
    {
        transactions.AddOrUpdate(result, HolderOf(connection));
        return ValueTask.FromResult(result);
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Leave(transaction);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Leave(transaction);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Leave(transaction);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Leave(transaction);
        return Task.CompletedTask;
    }

    // A failed COMMIT or ROLLBACK leaves the transaction open or not; the connection closing (below) settles it.

    // A write statement outside a transaction holds it while it runs (a reader: until the reader is closed).
    public InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        EnterForStatement(command);
        return result;
    }

    public async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        await EnterForStatementAsync(command, cancellationToken);
        return result;
    }

    public InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        EnterForStatement(command);
        return result;
    }

    public async ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        await EnterForStatementAsync(command, cancellationToken);
        return result;
    }

    public InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        EnterForStatement(command);
        return result;
    }

    public async ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        await EnterForStatementAsync(command, cancellationToken);
        return result;
    }

    public int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
    {
        LeaveStatement(command.Connection);
        return result;
    }

    public ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        LeaveStatement(command.Connection);
        return ValueTask.FromResult(result);
    }

    public object? ScalarExecuted(DbCommand command, CommandExecutedEventData eventData, object? result)
    {
        LeaveStatement(command.Connection);
        return result;
    }

    public ValueTask<object?> ScalarExecutedAsync(DbCommand command, CommandExecutedEventData eventData, object? result, CancellationToken cancellationToken = default)
    {
        LeaveStatement(command.Connection);
        return ValueTask.FromResult(result);
    }

    public void CommandFailed(DbCommand command, CommandErrorEventData eventData) => LeaveStatement(command.Connection);

    public Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        LeaveStatement(command.Connection);
        return Task.CompletedTask;
    }

    public void CommandCanceled(DbCommand command, CommandEndEventData eventData) => LeaveStatement(command.Connection);

    public Task CommandCanceledAsync(DbCommand command, CommandEndEventData eventData, CancellationToken cancellationToken = default)
    {
        LeaveStatement(command.Connection);
        return Task.CompletedTask;
    }

    public InterceptionResult DataReaderClosing(DbCommand command, DataReaderClosingEventData eventData, InterceptionResult result)
    {
        LeaveStatement(command.Connection);
        return result;
    }

    public ValueTask<InterceptionResult> DataReaderClosingAsync(DbCommand command, DataReaderClosingEventData eventData, InterceptionResult result)
    {
        LeaveStatement(command.Connection);
        return ValueTask.FromResult(result);
    }

    public InterceptionResult DataReaderDisposing(DbCommand command, DataReaderDisposingEventData eventData, InterceptionResult result)
    {
        LeaveStatement(command.Connection);
        return result;
    }

    // Whatever happens, a connection going back to the pool gives the gate back (SQLite has rolled back by then).
    public InterceptionResult ConnectionClosing(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        Leave(connection);
        return result;
    }

    public ValueTask<InterceptionResult> ConnectionClosingAsync(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        Leave(connection);
        return ValueTask.FromResult(result);
    }

    public InterceptionResult ConnectionDisposing(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        Leave(connection);
        return result;
    }

    public ValueTask<InterceptionResult> ConnectionDisposingAsync(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        Leave(connection);
        return ValueTask.FromResult(result);
    }

    private void Enter(DbConnection connection)
    {
        var holder = HolderOf(connection);
        if (!holder.Held)
        {
            Enter(holder.Gate);
            holder.Held = true;
        }
    }

    private async ValueTask EnterAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        var holder = HolderOf(connection);
        if (!holder.Held)
        {
            await EnterAsync(holder.Gate, cancellationToken);
            holder.Held = true;
        }
    }

    /// <summary>
    /// Takes a file's gate for a connection that EF Core does not use (<see cref="SqliteWriters"/>): shared by every
    /// writer, it is not one caller's, so it is taken and given back directly rather than through a holder.
    /// </summary>
    internal static async ValueTask<SemaphoreSlim> EnterFileAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        var gate = GateOf(connection);
        await EnterAsync(gate, cancellationToken);
        return gate;
    }

    /// <inheritdoc cref="EnterFileAsync"/>
    internal static SemaphoreSlim EnterFile(SqliteConnection connection)
    {
        var gate = GateOf(connection);
        Enter(gate);
        return gate;
    }

    private static void Enter(SemaphoreSlim gate)
    {
        if (!gate.Wait(Timeout))
        {
            throw Locked();
        }
    }

    private static async ValueTask EnterAsync(SemaphoreSlim gate, CancellationToken cancellationToken)
    {
        // A free gate is taken at once; only a wait needs the timed (timer-allocating) path.
        if (!gate.Wait(0) && !await gate.WaitAsync(Timeout, cancellationToken))
        {
            throw Locked();
        }
    }

    private void EnterForStatement(DbCommand command)
    {
        if (command.Transaction is null && IsWrite(command) && command.Connection is { } connection)
        {
            Enter(connection);
            HolderOf(connection).ForStatement = true;
        }
    }

    private async ValueTask EnterForStatementAsync(DbCommand command, CancellationToken cancellationToken)
    {
        if (command.Transaction is null && IsWrite(command) && command.Connection is { } connection)
        {
            await EnterAsync(connection, cancellationToken);
            HolderOf(connection).ForStatement = true;
        }
    }

    private void LeaveStatement(DbConnection? connection)
    {
        if (connection is not null && holders.TryGetValue(connection, out var holder) && holder.ForStatement)
        {
            Leave(connection);
        }
    }

    private void Leave(DbTransaction transaction)
    {
        if (transactions.TryGetValue(transaction, out var holder))
        {
            transactions.Remove(transaction);
            Leave(holder);
        }
    }

    private void Leave(DbConnection? connection)
    {
        if (connection is not null && holders.TryGetValue(connection, out var holder))
        {
            Leave(holder);
        }
    }

    private static void Leave(Holder holder)
    {
        lock (holder)
        {
            if (!holder.Held)
            {
                return;
            }

            holder.Held = false;
            holder.ForStatement = false;
        }

        holder.Gate.Release();
    }

    /// <summary>The file a connection opens, as the gates and the writer connections know it.</summary>
    internal static string FileOf(SqliteConnection connection) => Path.GetFullPath(connection.DataSource);

    private static SemaphoreSlim GateOf(SqliteConnection connection) => Gates.GetOrAdd(FileOf(connection), _ => new SemaphoreSlim(1, 1));

    private Holder HolderOf(DbConnection connection) => holders.GetValue(connection, c => new Holder(GateOf((SqliteConnection)c)));

    /// <summary>Anything but a query or a setting writes (EF Core's saves, ExecuteUpdate/ExecuteDelete, DDL).</summary>
    private static bool IsWrite(DbCommand command)
    {
        var text = command.CommandText.AsSpan().TrimStart();
        return !text.StartsWith("SELECT", StringComparison.OrdinalIgnoreCase) && !text.StartsWith("PRAGMA", StringComparison.OrdinalIgnoreCase);
    }

    private static SqliteException Locked() => new("database is locked (another writer of this process held it for too long)", 5);

    private sealed class Holder(SemaphoreSlim gate)
    {
        public SemaphoreSlim Gate { get; } = gate;

        public bool Held { get; set; }

        public bool ForStatement { get; set; }
    }
}
