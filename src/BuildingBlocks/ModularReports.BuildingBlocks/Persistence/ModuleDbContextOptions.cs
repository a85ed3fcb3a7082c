using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace ModularReports.BuildingBlocks.Persistence;

/// <summary>Applies one provider to a module's DbContext: its migrations history lives in the module's schema.</summary>
public static class ModuleDbContextOptions
{
    public static DbContextOptionsBuilder UseModuleDatabase(
        this DbContextOptionsBuilder builder, DatabaseOptions database, string schema, string migrationsAssembly)
    {
        switch (database.Provider)
        {
            case DatabaseProvider.Sqlite:
                // SQLite has no schemas: each module's history table carries the schema in its name instead.
                builder.UseSqlite(PrepareSqlite(database.ConnectionString), o => o
                    .MigrationsAssembly(migrationsAssembly)
                    .MigrationsHistoryTable($"__{schema}_migrations"))
                    .AddInterceptors(SqliteConnectionSettings.Instance, SqliteWriteGate.Instance);
                break;
            case DatabaseProvider.PostgreSql:
                builder.UseNpgsql(PreparePostgreSql(database.ConnectionString), o => o
                    .MigrationsAssembly(migrationsAssembly)
                    .MigrationsHistoryTable("__migrations", schema));
                break;
            case DatabaseProvider.SqlServer:
                builder.UseSqlServer(database.ConnectionString, o => o
                    .MigrationsAssembly(migrationsAssembly)
                    .MigrationsHistoryTable("__migrations", schema));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(database), database.Provider, "Unknown database provider.");
        }

        return builder;
    }

    /// <summary>Creates the folder of a file database so a fresh clone starts with nothing prepared.</summary>
    private static string PrepareSqlite(string connectionString)
    {
        var csb = new SqliteConnectionStringBuilder(connectionString);
        if (csb.Mode != SqliteOpenMode.Memory && !string.IsNullOrEmpty(csb.DataSource) && csb.DataSource != ":memory:")
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(csb.DataSource));
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }
        }

        // Several modules and background workers share one file: wait for a lock instead of failing at once.
        if (csb.DefaultTimeout < 30)
        {
            csb.DefaultTimeout = 30;
        }

        return csb.ToString();
    }

    /// <summary>
    /// EF Core sends the same few statements over and over, each parsed and planned again by PostgreSQL unless prepared:
    /// Npgsql prepares a statement once it has run five times and keeps it across pooled connections (the wide report
    /// read cost PostgreSQL more to plan than to run). A connection string that sets Max Auto Prepare keeps its value.
    /// </summary>
    internal static string PreparePostgreSql(string connectionString)
    {
        var given = new DbConnectionStringBuilder { ConnectionString = connectionString };
        if (given.Keys.Cast<string>().Any(k => k.Replace(" ", string.Empty, StringComparison.Ordinal).Equals("MaxAutoPrepare", StringComparison.OrdinalIgnoreCase)))
        {
            return connectionString;
        }

        return new NpgsqlConnectionStringBuilder(connectionString) { MaxAutoPrepare = AutoPrepared }.ConnectionString;
    }

    /// <summary>How many statements each PostgreSQL connection keeps prepared (Npgsql drops the least used beyond).</summary>
    private const int AutoPrepared = 100;
}
