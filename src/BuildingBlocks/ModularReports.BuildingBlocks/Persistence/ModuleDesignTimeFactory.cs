using Microsoft.EntityFrameworkCore.Design;

namespace ModularReports.BuildingBlocks.Persistence;

/// <summary>
/// Lets <c>dotnet ef</c> build one provider's context without the host: each module declares one closed
/// subclass per provider. Connection strings are placeholders; migrations are generated, never applied here.
/// </summary>
public abstract class ModuleDesignTimeFactory<TContext>(DatabaseProvider provider, string schema)
    : IDesignTimeDbContextFactory<TContext>
    where TContext : ModuleDbContext
{
    public TContext CreateDbContext(string[] args)
    {
        var connectionString = provider switch
        {
            DatabaseProvider.Sqlite => "Data Source=design-time.db",
            DatabaseProvider.PostgreSql => "Host=localhost;Database=design_time",
            _ => "Server=localhost;Database=design_time;TrustServerCertificate=True",
        };

        var options = new DbContextOptionsBuilder<TContext>()
            .UseModuleDatabase(new DatabaseOptions(provider, connectionString), schema, typeof(TContext).Assembly.GetName().Name!)
            .Options;
        return (TContext)Activator.CreateInstance(typeof(TContext), options)!;
    }
}
