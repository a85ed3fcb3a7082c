using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ModularReports.BuildingBlocks.Hosting;
using ModularReports.BuildingBlocks.Mediation;
using ModularReports.BuildingBlocks.Messaging;
using ModularReports.BuildingBlocks.Persistence;
using ModularReports.Notifications.Data;
using ModularReports.Notifications.Delivery;
using ModularReports.Notifications.Contracts;
using ModularReports.Notifications.Features.Digest;
using ModularReports.Notifications.Features.Following;
using ModularReports.Notifications.Features.Inbox;
using ModularReports.Notifications.Features.ReportMessages;
using ModularReports.Notifications.Features.Sending;
using ModularReports.Notifications.Features;
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
        services.AddSingleton(new NavigationEntry("/admin/email-deliveries", typeof(NotificationsText), "Nav_Deliveries", Roles.Admin, 830));

        var mail = MailOptions.Read(configuration);
        services.AddSingleton(mail);
        if (mail.UsesSmtp)
        {
            services.AddSingleton<IMailTransport, SmtpTransport>();
        }
        else
        {
            services.AddSingleton<IMailTransport, PickupDirectoryTransport>();
        }

        services.AddScoped<EmailComposer>();
        services.AddScoped<EmailQueue>();
        services.AddSingleton<EmailSignal>();
        services.AddHostedService<EmailSender>();
        services.AddScoped<NotificationWriter>();
        services.AddScoped<Features.ReportMessages.ReviewTasks>();
        services.AddScoped<Recipients>();
        services.AddScoped<ReportTexts>();
        services.AddScoped<ResolutionFollowers>();
        services.AddScoped<IResolutionFollowers>(sp => sp.GetRequiredService<ResolutionFollowers>());
        services.AddScoped<IRecurringTask, DailyDigestTask>();
        services.AddScoped<IHeaderBadgeSource, UnreadBadge>();
        return services;
    }

    public static IEndpointRouteBuilder MapNotificationsModule(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapNotificationsApi();
        return endpoints;
    }
}
