using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ModularReports.BuildingBlocks.Messaging;

namespace ModularReports.BuildingBlocks.Persistence;

public static class ModuleDbContextRegistration
{
    /// <summary>
    /// Registers a module's DbContext for the configured provider. Each provider has its own subclass so
    /// that its migrations are kept apart (ADR 0004); the module itself only ever asks for <typeparamref name="TContext"/>.
    /// </summary>
    public static IServiceCollection AddModuleDbContext<TContext, TSqlite, TPostgreSql, TSqlServer>(
        this IServiceCollection services, IConfiguration configuration, string schema)
        where TContext : ModuleDbContext
        where TSqlite : TContext
        where TPostgreSql : TContext
        where TSqlServer : TContext
    {
        var database = DatabaseOptions.From(configuration);
        return database.Provider switch
        {
            DatabaseProvider.Sqlite => services.AddModuleDbContext<TContext, TSqlite>(database, schema),
            DatabaseProvider.PostgreSql => services.AddModuleDbContext<TContext, TPostgreSql>(database, schema),
            DatabaseProvider.SqlServer => services.AddModuleDbContext<TContext, TSqlServer>(database, schema),
            _ => throw new ArgumentOutOfRangeException(nameof(configuration)),
        };
    }

    /// <summary>Registers a module context whose implementation carries one provider's migrations.</summary>
    public static IServiceCollection AddModuleDbContext<TContext, TImplementation>(
        this IServiceCollection services, DatabaseOptions database, string schema)
        where TContext : ModuleDbContext
        where TImplementation : TContext
    {
        services.AddOutboxInfrastructure();
        services.TryAddScoped<Mediation.AfterCommit>();
        services.AddMemoryCache();
        services.TryAddSingleton<DirectoryCache>();
        services.TryAddSingleton<MigratedDatabase>();
        if (database.Provider == DatabaseProvider.Sqlite)
        {
            services.TryAddSingleton<SqliteWriters>();
        }

        if (database.Provider == DatabaseProvider.PostgreSql)
        {
            services.TryAddEnumerable(ServiceDescriptor.Singleton<Microsoft.Extensions.Hosting.IHostedService, PostgreSqlChangeRelay>(sp =>
                ActivatorUtilities.CreateInstance<PostgreSqlChangeRelay>(sp, database)));
        }

        var migrationsAssembly = typeof(TImplementation).Assembly.GetName().Name!;
        // Pooled: a request or a consumed event uses several contexts, and a new context builds its own set of EF Core's
        // internal services (a fifth of the public search's own work was resolving services). A context returns to the
        // pool with its change tracker and connection reset; the options, built once, are shared.
        services.AddDbContextPool<TContext, TImplementation>(
            (sp, options) => options
                .UseModuleDatabase(database, schema, migrationsAssembly)
                .AddInterceptors(
                    sp.GetRequiredService<OutboxSaveChangesInterceptor>(),
                    sp.GetRequiredService<OutboxTransactionInterceptor>()));
        services.AddSingleton(new ModuleDatabase(schema, typeof(TContext), typeof(TContext).Assembly));
        return services;
    }
}
