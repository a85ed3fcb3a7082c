using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ModularReports.BuildingBlocks.Persistence;

/// <summary>Ready only when every module's database answers a query.</summary>
public sealed class ModuleDatabaseHealthCheck(IServiceScopeFactory scopeFactory, IEnumerable<ModuleDatabase> modules) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var failed = new List<string>();
        foreach (var module in modules)
        {
            var db = (ModuleDbContext)scope.ServiceProvider.GetRequiredService(module.ContextType);
            try
            {
                // Reads the module's own table: proves the connection and that migrations were applied.
                _ = await db.OutboxMessages.AnyAsync(cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                failed.Add($"{module.Schema}: {ex.GetType().Name}");
            }
        }

        return failed.Count == 0
            ? HealthCheckResult.Healthy($"{modules.Count()} module database(s) reachable.")
            : HealthCheckResult.Unhealthy($"Unreachable module database(s): {string.Join("; ", failed)}");
    }
}
