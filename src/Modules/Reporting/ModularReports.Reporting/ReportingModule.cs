using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ModularReports.BuildingBlocks.Hosting;
using ModularReports.BuildingBlocks.Mediation;
using ModularReports.BuildingBlocks.Messaging;
using ModularReports.BuildingBlocks.Persistence;
using ModularReports.Reporting.Data;
using ModularReports.Reporting.Features.ActivityReports;
using ModularReports.Reporting.Features.Exports;
using ModularReports.Reporting.Features.Feeds;
using ModularReports.Reporting.Features.Insight;
using ModularReports.Reporting.Features.PeriodExports;
using ModularReports.Reporting.Features.Periods;
using ModularReports.Reporting.Features.ProgressReports;
using ModularReports.Reporting.Features.Public;
using ModularReports.Reporting.Features.Vocabularies;
using ModularReports.Reporting.Features.Review;
using ModularReports.Reporting.Features.Seeding;

namespace ModularReports.Reporting;

/// <summary>The Reporting module's entry points, listed once in the host's module registry.</summary>
public static class ReportingModule
{
    /// <summary>Who compiles and reviews progress reports: focal points and admins.</summary>
    public const string CompilersPolicy = "ProgressReportCompilers";

    public static IServiceCollection AddReportingModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddAuthorizationBuilder().AddPolicy(CompilersPolicy, p => p.RequireRole(Roles.FocalPoint, Roles.Admin));
        services.AddSingleton(new NavigationEntry("/reports", typeof(ReportingText), "Nav_Reports", NavigationEntry.Public, 110));
        services.AddSingleton(new NavigationEntry("/dashboard", typeof(ReportingText), "Nav_Dashboard", NavigationEntry.Public, 105));
        services.AddSingleton(new NavigationEntry("/tasks", typeof(ReportingText), "Nav_Tasks", null, 150));
        services.AddSingleton(new NavigationEntry("/follow-up", typeof(ReportingText), "Nav_FollowUp", CompilersPolicy, 215));
        services.AddSingleton(new NavigationEntry("/activity-reports", typeof(ReportingText), "Nav_ActivityReports", null, 200));
        services.AddSingleton(new NavigationEntry("/progress-reports", typeof(ReportingText), "Nav_ProgressReports", CompilersPolicy, 210));
        services.AddSingleton(new NavigationEntry("/admin/periods", typeof(ReportingText), "Nav_Periods", Roles.Admin, 815));
        services.AddSingleton(new NavigationEntry("/admin/period-exports", typeof(ReportingText), "Nav_PeriodExports", Roles.Admin, 817));
        services.AddModuleDbContext<ReportingDbContext, SqliteReportingDbContext, PostgreSqlReportingDbContext, SqlServerReportingDbContext>(
            configuration, ReportingDbContext.SchemaName);
        services.AddModuleValidators(typeof(ReportingModule).Assembly);
        services.AddModuleConsumers(typeof(ReportingModule).Assembly);
        services.AddScoped<ReportStore>();
        services.AddScoped<ReportAccess>();
        services.AddScoped<ReportLoader>();
        services.AddScoped<ReportViews>();
        services.AddScoped<ActivityReportViews>();
        services.AddScoped<ProgressReportViews>();
        services.AddScoped<ReportReview>();
        services.AddScoped<ActionReasons>();
        services.AddSingleton(MessageTranslations.FromEmbedded(typeof(ReportingModule).Assembly, "ModularReports.Reporting.messages.json"));
        services.Configure<Microsoft.AspNetCore.OpenApi.OpenApiOptions>("v1", o =>
        {
            o.AddSchemaTransformer<VocabularySchemas>();
            o.AddOperationTransformer<PatchBodies>();
        });
        services.AddScoped<PublishedReportRows>();
        services.AddScoped<PublishedReportColumns>();
        services.AddScoped<ReportDocuments>();
        services.AddScoped<PublicReportViews>();
        services.AddScoped<PublicationFeeds>();
        services.AddScoped<WorkReportRows>();
        services.AddScoped<WorkReportColumns>();
        services.AddScoped<WorkExports>();
        services.AddScoped<IResolutionImplementation, ResolutionImplementation>();
        services.AddSingleton<IImplementationStatuses, ImplementationStatuses>();
        services.AddScoped<IDemoDataSeeder, DemoReportsSeeder>();
        services.AddScoped<ISampleDataGenerator, SampleReportsGenerator>();
        services.AddScoped<IRecurringTask, DueRemindersTask>();
        services.AddScoped<ExportFiles>();
        services.AddScoped<PeriodExportViews>();
        services.AddScoped<PeriodExportRunner>();
        services.AddScoped<PeriodExportDownloads>();
        services.AddScoped<IRecurringTask, PeriodExportRetentionTask>();
        foreach (var kind in new[] { ReportConditions.Activity, ReportConditions.Progress })
        {
            services.AddSingleton(kind);
            services.AddScoped<IWorkflowTimerTarget>(sp => ActivatorUtilities.CreateInstance<ReportTimers>(sp, kind.Kind));
            services.AddScoped<IWorkflowDocumentSource>(sp => ActivatorUtilities.CreateInstance<ReportSource>(sp, kind.Kind));
        }
        return services;
    }

    public static IEndpointRouteBuilder MapReportingModule(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapActivityReportsApi();
        endpoints.MapProgressReportsApi();
        endpoints.MapPeriodsApi();
        endpoints.MapTasksApi();
        endpoints.MapPublicApi();
        endpoints.MapInsightApi();
        endpoints.MapPeriodExportsApi();
        endpoints.MapFeeds();
        endpoints.MapWorkExports();
        endpoints.MapVocabulariesApi();
        return endpoints;
    }
}
