using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ModularReports.BuildingBlocks.Persistence;

/// <summary>
/// Ready only when every module's database answers a query and has every migration of this build applied: a node
/// started before the migrate step brought the database up to date (<c>Database:MigrateAtStart=false</c>) gets no
/// requests. Migrations are looked at until they were once found applied; they are never taken back while it runs.
/// </summary>
public sealed class ModuleDatabaseHealthCheck(IServiceScopeFactory scopeFactory, IEnumerable<ModuleDatabase> modules, MigratedDatabase migrated) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var failed = new List<string>();
        var behind = new List<string>();
        foreach (var module in modules)
        {
            var db = (ModuleDbContext)scope.ServiceProvider.GetRequiredService(module.ContextType);
            try
            {
                // Reads the module's own table: proves the connection.
                _ = await db.OutboxMessages.AnyAsync(cancellationToken);
                if (!migrated.IsKnown && (await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
                {
                    behind.Add(module.Schema);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                failed.Add($"{module.Schema}: {ex.GetType().Name}");
            }
        }

        if (failed.Count > 0)
        {
            return HealthCheckResult.Unhealthy($"Unreachable module database(s): {string.Join("; ", failed)}");
        }

        if (behind.Count > 0)
        {
            return HealthCheckResult.Unhealthy($"Migrations not applied yet (run the migrate step): {string.Join(", ", behind)}");
        }

        migrated.IsKnown = true;
        return HealthCheckResult.Healthy($"{modules.Count()} module database(s) reachable and migrated.");
    }
}

/// <summary>Whether this process has seen every module's migrations applied (see <see cref="ModuleDatabaseHealthCheck"/>).</summary>
public sealed class MigratedDatabase
{
    public bool IsKnown { get; set; }
}
