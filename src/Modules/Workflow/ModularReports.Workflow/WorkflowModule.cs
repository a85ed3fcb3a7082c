using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ModularReports.BuildingBlocks.Mediation;
using ModularReports.BuildingBlocks.Messaging;
using ModularReports.BuildingBlocks.Persistence;
using ModularReports.Workflow.Data;

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
        return services;
    }

    public static IEndpointRouteBuilder MapWorkflowModule(this IEndpointRouteBuilder endpoints) => endpoints;
}
