using Microsoft.EntityFrameworkCore;
using ModularReports.BuildingBlocks.Persistence;

namespace ModularReports.Constituencies.Data;

/// <summary>The Constituencies module's data, in its own schema.</summary>
internal abstract class ConstituenciesDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    public const string SchemaName = "constituencies";

    protected override string Schema => SchemaName;

    protected override void ConfigureModel(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ConstituenciesDbContext).Assembly);
}
