using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ModularReports.BuildingBlocks.Hosting;
using ModularReports.BuildingBlocks.Mediation;
using ModularReports.BuildingBlocks.Messaging;
using ModularReports.Workflow.Data;
using ModularReports.Workflow.Definitions;
using ModularReports.Workflow.Engine;
using ModularReports.Workflow.Features.Definitions;
using ModularReports.Workflow.Features;

namespace ModularReports.Workflow;

/// <summary>The Workflow module's entry points, listed once in the host's module registry.</summary>
public static class WorkflowModule
{
    public static IServiceCollection AddWorkflowModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<WorkflowDbContext, SqliteWorkflowDbContext, PostgreSqlWorkflowDbContext, SqlServerWorkflowDbContext>(
            configuration, WorkflowDbContext.SchemaName);
        services.AddModuleValidators(typeof(WorkflowModule).Assembly);
        services.AddModuleConsumers(typeof(WorkflowModule).Assembly);
        services.AddSingleton<DefinitionCache>();
        services.AddSingleton<DraftCheck>();
        services.AddScoped<IWorkflowRuntime, WorkflowRuntime>();
        services.AddScoped<WorkflowTimers>();
        services.AddHostedService<TimerPoller>();
        services.AddScoped<IReferenceDataSeeder, DefaultDefinitionsSeeder>();
        services.AddSingleton(new NavigationEntry("/admin/workflows", typeof(WorkflowText), "Nav_Workflows", Roles.Admin, 820));
        return services;
    }

    public static IEndpointRouteBuilder MapWorkflowModule(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapWorkflowApi();
        return endpoints;
    }
}
