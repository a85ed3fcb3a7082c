using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ModularReports.BuildingBlocks.Hosting;
using ModularReports.BuildingBlocks.Mediation;
using ModularReports.BuildingBlocks.Messaging;
using ModularReports.BuildingBlocks.Persistence;
using ModularReports.Identity.Data;
using ModularReports.Identity.Features.DemoAccounts;
using ModularReports.Identity.Features.Shared;
using ModularReports.Identity.Features;
using ModularReports.Identity.Infrastructure;

namespace ModularReports.Identity;

/// <summary>The Identity module's entry points, listed once in the host's module registry.</summary>
public static class IdentityModule
{
    public static IServiceCollection AddIdentityModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(ModularReports.BuildingBlocks.Web.MessageTranslations.FromEmbedded(typeof(IdentityModule).Assembly, "ModularReports.Identity.messages.json"));
        services.AddModuleDbContext<IdentityDbContext, SqliteIdentityDbContext, PostgreSqlIdentityDbContext, SqlServerIdentityDbContext>(
            configuration, IdentityDbContext.SchemaName);
        services.AddModuleValidators(typeof(IdentityModule).Assembly);
        services.AddModuleConsumers(typeof(IdentityModule).Assembly);
        services.AddIdentityAuthentication(configuration);
        services.AddScoped<AdminAudit>();
        services.AddScoped<IRecurringTask, Features.SignInRecords.PruneSignInRecords>();
        services.AddScoped<IUserDirectory, Features.UserDirectory.UserDirectory>();
        services.AddScoped<IHostCommand, Features.InviteUser.InviteAdminCommand>();
        services.AddScoped<IDemoDataSeeder, DemoAccountsSeeder>();
        services.AddScoped<IDemoDataSeeder, DemoReporterOrganisationSeeder>();
        services.AddSingleton(new NavigationEntry("/admin/users", typeof(IdentityText), "Nav_Users", Roles.Admin, 900));
        services.AddSingleton(new NavigationEntry("/account", typeof(IdentityText), "Nav_Account", null, 1000));
        return services;
    }

    public static IEndpointRouteBuilder MapIdentityModule(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapIdentityApi();
        return endpoints;
    }
}
