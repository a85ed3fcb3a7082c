using Microsoft.Extensions.Configuration;

namespace ModularReports.BuildingBlocks.Hosting;

public static class DemoData
{
    /// <summary><c>Demo:Seed</c> when set; otherwise on for the embedded SQLite default only, never for a server database.</summary>
    public static bool IsEnabled(IConfiguration configuration) =>
        configuration.GetValue<bool?>("Demo:Seed") ?? DatabaseOptions.From(configuration).Provider == DatabaseProvider.Sqlite;

    /// <summary>Reference data always; demo data when enabled.</summary>
    public static async Task SeedStartupDataAsync(this IServiceProvider services, IConfiguration configuration, CancellationToken cancellationToken = default)
    {
        await using (var scope = services.CreateAsyncScope())
        {
            foreach (var seeder in scope.ServiceProvider.GetServices<IReferenceDataSeeder>())
            {
                await seeder.SeedAsync(cancellationToken);
            }
        }

        if (!IsEnabled(configuration))
        {
            return;
        }

        await using var demoScope = services.CreateAsyncScope();
        foreach (var seeder in demoScope.ServiceProvider.GetServices<IDemoDataSeeder>().OrderBy(s => s.Order))
        {
            await seeder.SeedAsync(cancellationToken);
        }
    }
}
