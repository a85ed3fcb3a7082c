using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ModularReports.BuildingBlocks.Mediation;
using ModularReports.BuildingBlocks.Messaging;
using ModularReports.BuildingBlocks.Persistence;
using ModularReports.Identity.Data;

namespace ModularReports.Identity;

/// <summary>The Identity module's entry points, listed once in the host's module registry.</summary>
public static class IdentityModule
{
    public static IServiceCollection AddIdentityModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<IdentityDbContext, SqliteIdentityDbContext, PostgreSqlIdentityDbContext, SqlServerIdentityDbContext>(
            configuration, IdentityDbContext.SchemaName);
        services.AddModuleValidators(typeof(IdentityModule).Assembly);
        services.AddModuleConsumers(typeof(IdentityModule).Assembly);
        return services;
    }

    public static IEndpointRouteBuilder MapIdentityModule(this IEndpointRouteBuilder endpoints) => endpoints;
}
