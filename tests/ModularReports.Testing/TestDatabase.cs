using ModularReports.BuildingBlocks.Persistence;

namespace ModularReports.Testing;

/// <summary>A throwaway database on one provider: a temporary SQLite file, or a fresh PostgreSQL database.</summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly string? sqliteFolder;

    private TestDatabase(DatabaseOptions options, string? sqliteFolder)
    {
        Options = options;
        this.sqliteFolder = sqliteFolder;
    }

    public DatabaseOptions Options { get; }

    public DatabaseProvider Provider => Options.Provider;

    public string ConnectionString => Options.ConnectionString;

    public static async Task<TestDatabase> CreateAsync(DatabaseProvider provider)
    {
        switch (provider)
        {
            case DatabaseProvider.Sqlite:
                var folder = Path.Combine(Path.GetTempPath(), "modularreports-tests", Guid.NewGuid().ToString("N"));
                Directory.CreateDirectory(folder);
                var file = Path.Combine(folder, "test.db");
                return new TestDatabase(new DatabaseOptions(provider, $"Data Source={file}"), folder);
            case DatabaseProvider.PostgreSql:
                if (!PostgresServer.IsAvailable)
                {
                    throw new InvalidOperationException(PostgresServer.UnavailableReason);
                }

                return new TestDatabase(new DatabaseOptions(provider, await PostgresServer.CreateDatabaseAsync()), null);
            default:
                throw new NotSupportedException($"{provider} cannot run on this machine; its migrations are checked as scripts instead.");
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Provider == DatabaseProvider.PostgreSql)
        {
            await PostgresServer.DropDatabaseAsync(ConnectionString);
        }
        else if (sqliteFolder is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(sqliteFolder, recursive: true);
            }
            catch (IOException)
            {
                // A background worker may still hold the file for a moment; the temp folder is cleaned by the OS.
            }
        }
    }
}
