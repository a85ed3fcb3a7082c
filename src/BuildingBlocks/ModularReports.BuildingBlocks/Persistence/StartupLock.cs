using System.Data.Common;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.SqlClient;
using Npgsql;

namespace ModularReports.BuildingBlocks.Persistence;

/// <summary>
/// One lock for a whole deployment, held while a node migrates and seeds its database: nodes started together on a new
/// or empty database take turns, and those after the first find nothing left to do. It is taken in the server's
/// maintenance database (<c>postgres</c>, <c>master</c>), which exists before the application's own database is created,
/// and named after the application's database, so that deployments sharing a server do not wait for each other.
/// SQLite needs none: its file is served by one node.
/// </summary>
public static class StartupLock
{
    /// <summary>PostgreSQL: a session advisory lock, released explicitly or when the connection closes.</summary>
    public const string PostgreSqlLock = "SELECT pg_advisory_lock(@key)";

    public const string PostgreSqlUnlock = "SELECT pg_advisory_unlock(@key)";

    /// <summary>SQL Server: a session application lock, waiting as long as it takes (the caller's cancellation ends the wait).</summary>
    public const string SqlServerLock =
        "DECLARE @result int; EXEC @result = sp_getapplock @Resource = @resource, @LockMode = 'Exclusive', @LockOwner = 'Session', @LockTimeout = -1; " +
        "IF @result < 0 THROW 50000, 'The start-up lock was not granted.', 1;";

    public const string SqlServerUnlock = "EXEC sp_releaseapplock @Resource = @resource, @LockOwner = 'Session';";

    public static async Task<IAsyncDisposable> AcquireAsync(DatabaseOptions options, CancellationToken cancellationToken)
    {
        switch (options.Provider)
        {
            case DatabaseProvider.PostgreSql:
            {
                var target = new NpgsqlConnectionStringBuilder(options.ConnectionString);
                var key = Key(target.Database ?? string.Empty);
                target.Database = "postgres";
                target.Pooling = false; // the lock is the session's: it ends with this connection, not in a pool
                var connection = new NpgsqlConnection(target.ConnectionString);
                return await HoldAsync(connection, PostgreSqlLock, PostgreSqlUnlock, "key", key, cancellationToken);
            }

            case DatabaseProvider.SqlServer:
            {
                var target = new SqlConnectionStringBuilder(options.ConnectionString);
                var resource = "modularreports-startup:" + target.InitialCatalog;
                target.InitialCatalog = "master";
                target.Pooling = false;
                var connection = new SqlConnection(target.ConnectionString);
                return await HoldAsync(connection, SqlServerLock, SqlServerUnlock, "resource", resource, cancellationToken);
            }

            default:
                return NoLock.Instance;
        }
    }

    /// <summary>A stable 64-bit key for the database's name (PostgreSQL's advisory locks are numbered).</summary>
    public static long Key(string database) =>
        BitConverter.ToInt64(SHA256.HashData(Encoding.UTF8.GetBytes("modularreports-startup:" + database)), 0);

    private static async Task<IAsyncDisposable> HoldAsync(
        DbConnection connection, string lockSql, string unlockSql, string parameter, object value, CancellationToken cancellationToken)
    {
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using (var command = Command(connection, lockSql, parameter, value))
            {
                command.CommandTimeout = 0; // another node's migration may take a while
                await command.ExecuteNonQueryAsync(cancellationToken);
            }

            return new Held(connection, unlockSql, parameter, value);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private static DbCommand Command(DbConnection connection, string sql, string parameter, object value)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        var p = command.CreateParameter();
        p.ParameterName = parameter;
        p.Value = value;
        command.Parameters.Add(p);
        return command;
    }

    private sealed class Held(DbConnection connection, string unlockSql, string parameter, object value) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            try
            {
                await using var command = Command(connection, unlockSql, parameter, value);
                await command.ExecuteNonQueryAsync();
            }
            finally
            {
                // Closing the session releases the lock too, should the unlock itself have failed.
                await connection.DisposeAsync();
            }
        }
    }

    private sealed class NoLock : IAsyncDisposable
    {
        public static readonly NoLock Instance = new();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
