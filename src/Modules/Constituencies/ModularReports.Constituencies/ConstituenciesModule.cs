using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ModularReports.BuildingBlocks.Hosting;
using ModularReports.BuildingBlocks.Mediation;
using ModularReports.BuildingBlocks.Messaging;
using ModularReports.Constituencies.Contracts;
using ModularReports.Constituencies.Data;
using ModularReports.Constituencies.Features.Directories;
using ModularReports.Constituencies.Features.Import;
using ModularReports.Constituencies.Features.Seeding;
using ModularReports.Constituencies.Features;

namespace ModularReports.Constituencies;

/// <summary>The Constituencies module's entry points, listed once in the host's module registry.</summary>
public static class ConstituenciesModule
{
    public static IServiceCollection AddConstituenciesModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(ModularReports.BuildingBlocks.Web.MessageTranslations.FromEmbedded(typeof(ConstituenciesModule).Assembly, "ModularReports.Constituencies.messages.json"));
        services.AddModuleDbContext<ConstituenciesDbContext, SqliteConstituenciesDbContext, PostgreSqlConstituenciesDbContext, SqlServerConstituenciesDbContext>(
            configuration, ConstituenciesDbContext.SchemaName);
        services.AddModuleValidators(typeof(ConstituenciesModule).Assembly);
        services.AddModuleConsumers(typeof(ConstituenciesModule).Assembly);
        services.AddScoped<IConstituentDirectory, ConstituentDirectory>();
        services.AddScoped<IConstituencyVocabularies, Features.VocabularyTerms.ConstituencyVocabularies>();
        services.AddScoped<IResolutionCatalog, ResolutionCatalog>();
        services.AddScoped<IFocalPointDirectory, FocalPointDirectory>();
        services.AddScoped<ResolutionRows>();
        services.AddScoped<MemberRows>();
        services.AddScoped<ImportRunner>();
        services.AddScoped<IReferenceDataSeeder, ReferenceDataSeeder>();
        services.AddScoped<IDemoDataSeeder, DemoSeeder>();
        services.AddScoped<ISampleDataGenerator, SampleCatalogueGenerator>();
        services.AddSingleton(new NavigationEntry("/resolutions", typeof(ConstituenciesText), "Nav_Resolutions", NavigationEntry.Public, 100));
        services.AddSingleton(new NavigationEntry("/admin/constituents", typeof(ConstituenciesText), "Nav_Constituents", Roles.Admin, 800));
        services.AddSingleton(new NavigationEntry("/admin/imports", typeof(ConstituenciesText), "Nav_Imports", Roles.Admin, 810));
        return services;
    }

    public static IEndpointRouteBuilder MapConstituenciesModule(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapConstituenciesApi();
        return endpoints;
    }
}
