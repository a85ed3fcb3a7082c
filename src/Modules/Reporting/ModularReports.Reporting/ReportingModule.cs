using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ModularReports.BuildingBlocks.Mediation;
using ModularReports.BuildingBlocks.Messaging;
using ModularReports.BuildingBlocks.Persistence;
using ModularReports.Reporting.Data;
using ModularReports.Reporting.Features.ActivityReports;
using ModularReports.Reporting.Features.Periods;
using ModularReports.Reporting.Features.ProgressReports;
using ModularReports.Reporting.Features.Public;
using ModularReports.Reporting.Features.Review;
using ModularReports.Workflow.Contracts;

namespace ModularReports.Reporting;

/// <summary>The Reporting module's entry points, listed once in the host's module registry.</summary>
public static class ReportingModule
{
    public static IServiceCollection AddReportingModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<ReportingDbContext, SqliteReportingDbContext, PostgreSqlReportingDbContext, SqlServerReportingDbContext>(
            configuration, ReportingDbContext.SchemaName);
        services.AddModuleValidators(typeof(ReportingModule).Assembly);
        services.AddModuleConsumers(typeof(ReportingModule).Assembly);
        services.AddScoped<ReportAccess>();
        services.AddScoped<ReportLoader>();
        services.AddScoped<ReportReview>();
        services.AddScoped<ProgressReportLoader>();
        services.AddScoped<ReportGate>();
        services.AddScoped<ExportPublished>();
        services.AddScoped<IWorkflowTimerTarget, ActivityReportTimers>();
        services.AddScoped<IWorkflowTimerTarget, ProgressReportTimers>();
        services.AddScoped<IWorkflowDocumentSource, ActivityReportSource>();
        services.AddScoped<IWorkflowDocumentSource, ProgressReportSource>();
        return services;
    }

    public static IEndpointRouteBuilder MapReportingModule(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapActivityReportsApi();
        endpoints.MapProgressReportsApi();
        endpoints.MapPeriodsApi();
        endpoints.MapTasksApi();
        endpoints.MapPublicApi();
        return endpoints;
    }
}
