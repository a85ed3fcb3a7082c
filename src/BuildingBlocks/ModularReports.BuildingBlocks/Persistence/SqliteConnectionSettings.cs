using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ModularReports.BuildingBlocks.Persistence;

/// <summary>
/// Every SQLite connection waits inside SQLite for a lock (busy_timeout: short, growing sleeps) instead of failing at
/// once and being retried by the driver after 150 ms; with write-ahead logging (set once by the migrator) readers never
/// block the writer, and commits need not wait for the disk twice (synchronous = NORMAL: a power cut may lose the
/// last commits, never corrupt the file). Pages are read into a page cache of 16 MiB per connection rather than through
/// a memory map: SQLite unmaps a connection's whole map whenever another connection has written, so under writes every
/// transaction paid an unmap, a new map and a page fault per page touched (ADR 15). The settings belong to the native
/// connection, which the driver's pool keeps open, so they are applied once per native connection, not at every open
/// (EF Core opens for each query).
/// </summary>
internal sealed class SqliteConnectionSettings : DbConnectionInterceptor
{
    public static readonly SqliteConnectionSettings Instance = new();

    private const string Pragmas = "PRAGMA busy_timeout = 30000; PRAGMA synchronous = NORMAL; PRAGMA cache_size = -16384;";

    private static readonly ConditionalWeakTable<object, object> Configured = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (FirstOpen(connection))
        {
            using var command = connection.CreateCommand();
            command.CommandText = Pragmas;
            command.ExecuteNonQuery();
        }
    }

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default) =>
        ApplyAsync(connection, cancellationToken);

    /// <summary>Applies the settings to a connection opened outside EF Core (<see cref="SqliteWriters"/>).</summary>
    internal static async Task ApplyAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        if (FirstOpen(connection))
        {
            await using var command = connection.CreateCommand();
            command.CommandText = Pragmas;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    /// <summary>True the first time this native connection is seen (the pool hands the same one out again and again).</summary>
    private static bool FirstOpen(DbConnection connection) =>
        connection is not SqliteConnection { Handle: { } handle } || Configured.TryAdd(handle, Instance);
}
