using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ModularReports.BuildingBlocks.Mediation;
using ModularReports.BuildingBlocks.Messaging;
using ModularReports.BuildingBlocks.Persistence;
using ModularReports.Notifications.Data;
using ModularReports.Notifications.Mail;

namespace ModularReports.Notifications;

/// <summary>The Notifications module's entry points, listed once in the host's module registry.</summary>
public static class NotificationsModule
{
    public static IServiceCollection AddNotificationsModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<NotificationsDbContext, SqliteNotificationsDbContext, PostgreSqlNotificationsDbContext, SqlServerNotificationsDbContext>(
            configuration, NotificationsDbContext.SchemaName);
        services.AddModuleValidators(typeof(NotificationsModule).Assembly);
        services.AddModuleConsumers(typeof(NotificationsModule).Assembly);
        services.AddSingleton(MailOptions.Read(configuration));
        services.AddSingleton<IMailTransport, PickupDirectoryTransport>();
        services.AddScoped<EmailComposer>();
        return services;
    }

    public static IEndpointRouteBuilder MapNotificationsModule(this IEndpointRouteBuilder endpoints) => endpoints;
}
