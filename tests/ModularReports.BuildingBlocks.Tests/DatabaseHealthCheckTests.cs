using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using ModularReports.BuildingBlocks.Persistence;
using ModularReports.BuildingBlocks.Tests.NotesModule;
using ModularReports.Testing;

namespace ModularReports.BuildingBlocks.Tests;

public sealed class DatabaseHealthCheckTests
{
    [Fact]
    public async Task A_database_that_does_not_answer_makes_the_check_unhealthy()
    {
        var services = new ServiceCollection().AddLogging();
        // Nothing listens on port 1 of the loopback address.
        services.AddModuleDbContext<NotesDbContext, NotesDbContext>(
            new DatabaseOptions(DatabaseProvider.PostgreSql, "Host=127.0.0.1;Port=1;Database=none;Timeout=3"), NotesDbContext.SchemaName);
        await using var provider = services.BuildServiceProvider();
        var check = ActivatorUtilities.CreateInstance<ModuleDatabaseHealthCheck>(provider);

        var result = await check.CheckHealthAsync(new HealthCheckContext());

        Assert.Equal(HealthStatus.Unhealthy, result.Status);
        Assert.Contains("notes", result.Description, StringComparison.Ordinal);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_migrated_database_makes_the_check_healthy(DatabaseProvider provider)
    {
        Providers.RequireAvailable(provider);
        await using var app = await NotesApp.StartAsync(provider, TimeSpan.FromSeconds(30));
        var check = ActivatorUtilities.CreateInstance<ModuleDatabaseHealthCheck>(app.Services);

        var result = await check.CheckHealthAsync(new HealthCheckContext());

        Assert.Equal(HealthStatus.Healthy, result.Status);
    }
}
