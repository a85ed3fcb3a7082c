using FluentValidation;
using Microsoft.Extensions.DependencyInjection;

namespace ModularReports.BuildingBlocks.Mediation;

public static class MediationRegistration
{
    /// <summary>A module's FluentValidation validators (internal ones included).</summary>
    public static IServiceCollection AddModuleValidators(this IServiceCollection services, System.Reflection.Assembly assembly) =>
        services.AddValidatorsFromAssembly(assembly, ServiceLifetime.Scoped, includeInternalTypes: true);
}
