using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ModularReports.BuildingBlocks.Persistence;

/// <summary>
/// Every SQLite connection waits inside SQLite for a lock (busy_timeout: short, growing sleeps) instead of failing at
/// once and being retried by the driver after 150 ms; with write-ahead logging (set once by the migrator) readers never
/// block the writer, and commits need not wait for the disk twice (synchronous = NORMAL: a power cut may lose the
/// last commits, never corrupt the file).
/// </summary>
internal sealed class SqliteConnectionSettings : DbConnectionInterceptor
{
    public static readonly SqliteConnectionSettings Instance = new();

    private const string Pragmas = "PRAGMA busy_timeout = 30000; PRAGMA synchronous = NORMAL;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
