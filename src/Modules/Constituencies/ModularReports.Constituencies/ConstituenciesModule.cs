using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ModularReports.BuildingBlocks.Mediation;
using ModularReports.BuildingBlocks.Messaging;
using ModularReports.BuildingBlocks.Persistence;
using ModularReports.Constituencies.Data;

namespace ModularReports.Constituencies;

/// <summary>The Constituencies module's entry points, listed once in the host's module registry.</summary>
public static class ConstituenciesModule
{
    public static IServiceCollection AddConstituenciesModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<ConstituenciesDbContext, SqliteConstituenciesDbContext, PostgreSqlConstituenciesDbContext, SqlServerConstituenciesDbContext>(
            configuration, ConstituenciesDbContext.SchemaName);
        services.AddModuleValidators(typeof(ConstituenciesModule).Assembly);
        services.AddModuleConsumers(typeof(ConstituenciesModule).Assembly);
        return services;
    }

    public static IEndpointRouteBuilder MapConstituenciesModule(this IEndpointRouteBuilder endpoints) => endpoints;
}
