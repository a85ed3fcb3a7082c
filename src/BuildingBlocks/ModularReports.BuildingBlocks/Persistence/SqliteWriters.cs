using System.Data;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Infrastructure;
using ModularReports.BuildingBlocks.Messaging;

namespace ModularReports.BuildingBlocks.Persistence;

/// <summary>
/// One long-lived connection per SQLite file for the hottest write, a report's transition (ADR 15). SQLite empties a
/// connection's page cache whenever another connection has written to the file, so on the pool's connections each
/// transition read back, page by page, the table and index pages it was about to change. The connection that made the last write keeps its cache, so the next transition finds those
/// pages in memory. It is used only with the file's write gate held, so by one caller at a time; the host disposes it.
/// </summary>
internal sealed class SqliteWriters(OutboxTransactionInterceptor transactions) : IDisposable
{
    private readonly ConcurrentDictionary<string, SqliteConnection> writers = new(StringComparer.Ordinal);

    /// <summary>The writers of the host whose context this is, when it is on SQLite.</summary>
    public static SqliteWriters? Of(DbContext db) =>
        db.Database.GetDbConnection() is SqliteConnection
            ? db.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()?.ApplicationServiceProvider?.GetService<SqliteWriters>()
            : null;

    /// <summary>Takes the write gate of the context's file and begins a transaction on its writer connection (opened on first use).</summary>
    public async Task<Write> BeginAsync(ModuleDbContext db, CancellationToken cancellationToken)
    {
        var like = (SqliteConnection)db.Database.GetDbConnection();
        var writer = writers.GetOrAdd(SqliteWriteGate.FileOf(like), _ => new SqliteConnection(like.ConnectionString));
        var gate = await SqliteWriteGate.EnterFileAsync(writer, cancellationToken);
        try
        {
            if (writer.State != ConnectionState.Open)
            {
                await writer.OpenAsync(cancellationToken);
                await SqliteConnectionSettings.ApplyAsync(writer, cancellationToken);
            }

            return new Write(db, writer, (SqliteTransaction)await writer.BeginTransactionAsync(cancellationToken), gate, transactions);
        }
        catch
        {
            gate.Release();
            throw;
        }
    }

    /// <summary>The file's writer connection, if a write has opened it (for tests).</summary>
    internal SqliteConnection? WriterOf(SqliteConnection like) => writers.GetValueOrDefault(SqliteWriteGate.FileOf(like));

    public void Dispose()
    {
        foreach (var writer in writers.Values)
        {
            // Under the gate, so that a write still running at shutdown finishes first.
            var gate = SqliteWriteGate.EnterFile(writer);
            try
            {
                writer.Dispose();
            }
            finally
            {
                gate.Release();
            }
        }
    }

    /// <summary>
    /// A write transaction on a file's writer connection: committed, or rolled back when disposed; either way the gate is
    /// given back. What EF Core's transaction interceptors do at the end of a context's own transaction is done here.
    /// </summary>
    internal sealed class Write(
        ModuleDbContext db, SqliteConnection connection, SqliteTransaction transaction, SemaphoreSlim gate, OutboxTransactionInterceptor transactions)
        : IAsyncDisposable
    {
        private bool committed;

        /// <summary>Moves a command, built on any connection to the file, onto this transaction.</summary>
        public DbCommand Enlist(DbCommand command)
        {
            command.Connection = connection;
            command.Transaction = transaction;
            return command;
        }

        public async Task CommitAsync(CancellationToken cancellationToken)
        {
            await transaction.CommitAsync(cancellationToken);
            committed = true;
            transactions.Committed(db);
        }

        public async ValueTask DisposeAsync()
        {
            try
            {
                await transaction.DisposeAsync();
                if (!committed)
                {
                    OutboxTransactionInterceptor.RolledBack(db);
                }
            }
            finally
            {
                gate.Release();
            }
        }
    }
}
