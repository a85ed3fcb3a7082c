using Mediator;
using ModularReports.BuildingBlocks.Mediation;

namespace ModularReports.Host.Hosting;

internal static class MediatorRegistration
{
    /// <summary>
    /// The source generator reads these options at compile time, so they must stay literal: every module
    /// assembly is listed (a missing one only fails at run time), and the pipeline runs outermost first.
    /// </summary>
    public static IServiceCollection AddModularMediator(this IServiceCollection services) =>
        services.AddMediator((MediatorOptions options) =>
        {
            options.ServiceLifetime = ServiceLifetime.Scoped;
            options.Assemblies =
            [
                typeof(ModularReports.Identity.IdentityModule),
                typeof(ModularReports.Constituencies.ConstituenciesModule),
                typeof(ModularReports.Workflow.WorkflowModule),
                typeof(ModularReports.Reporting.ReportingModule),
                typeof(ModularReports.Notifications.NotificationsModule),
            ];
            options.PipelineBehaviors =
            [
                typeof(LoggingBehavior<,>),
                typeof(ReaderLanguageBehavior<,>),
                typeof(ValidationBehavior<,>),
                typeof(TransactionBehavior<,>),
            ];
        });
}
