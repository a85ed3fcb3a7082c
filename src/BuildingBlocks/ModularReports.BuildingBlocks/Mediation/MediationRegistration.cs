using FluentValidation;

namespace ModularReports.BuildingBlocks.Mediation;

public static class MediationRegistration
{
    /// <summary>
    /// A module's FluentValidation validators (internal ones included), built once: building one compiles an accessor
    /// for every rule, which per request cost more than validating. A validator that needs a scoped service (a
    /// DbContext) fails the container's scope check (on in Development); such checks belong in the handler.
    /// </summary>
    public static IServiceCollection AddModuleValidators(this IServiceCollection services, System.Reflection.Assembly assembly) =>
        services.AddValidatorsFromAssembly(assembly, ServiceLifetime.Singleton, includeInternalTypes: true);
}
