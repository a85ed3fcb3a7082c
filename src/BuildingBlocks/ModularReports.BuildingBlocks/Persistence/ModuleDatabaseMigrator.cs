using Microsoft.Extensions.Logging;

namespace ModularReports.BuildingBlocks.Persistence;

/// <summary>Applies every module's pending migrations, module by module, before the application serves requests.</summary>
public static partial class ModuleDatabaseMigrator
{
    public static async Task MigrateModuleDatabasesAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var logger = scope.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ModuleDatabaseMigrator));
        var walSet = false;
        foreach (var module in scope.ServiceProvider.GetServices<ModuleDatabase>())
        {
            var db = (DbContext)scope.ServiceProvider.GetRequiredService(module.ContextType);
            if (db.Database.IsSqlite() && !walSet)
            {
                // Write-ahead logging is a property of the file: readers and the one writer no longer block each other.
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = WAL;", cancellationToken);
                walSet = true;
            }

            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            if (pending.Count > 0)
            {
                LogMigrating(logger, module.Schema, pending.Count);
                await db.Database.MigrateAsync(cancellationToken);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Applying {Count} migration(s) to module {Schema}")]
    private static partial void LogMigrating(ILogger logger, string schema, int count);
}
