using ModularReports.Constituencies;
using ModularReports.Identity;
using ModularReports.Notifications;
using ModularReports.Reporting;
using ModularReports.Workflow;

namespace ModularReports.Host;

/// <summary>Every module of the application, listed once: what it registers and what it maps.</summary>
internal static class ModuleRegistry
{
    private static readonly (string Name, Func<IServiceCollection, IConfiguration, IServiceCollection> Add, Func<IEndpointRouteBuilder, IEndpointRouteBuilder> Map)[] Modules =
    [
        ("Identity", IdentityModule.AddIdentityModule, IdentityModule.MapIdentityModule),
        ("Constituencies", ConstituenciesModule.AddConstituenciesModule, ConstituenciesModule.MapConstituenciesModule),
        ("Workflow", WorkflowModule.AddWorkflowModule, WorkflowModule.MapWorkflowModule),
        ("Reporting", ReportingModule.AddReportingModule, ReportingModule.MapReportingModule),
        ("Notifications", NotificationsModule.AddNotificationsModule, NotificationsModule.MapNotificationsModule),
    ];

    public static IReadOnlyList<string> Names { get; } = Modules.Select(m => m.Name).ToArray();

    public static IServiceCollection AddModules(this IServiceCollection services, IConfiguration configuration)
    {
        foreach (var module in Modules)
        {
            module.Add(services, configuration);
        }

        return services;
    }

    public static IEndpointRouteBuilder MapModules(this IEndpointRouteBuilder endpoints)
    {
        foreach (var module in Modules)
        {
            module.Map(endpoints);
        }

        return endpoints;
    }
}
