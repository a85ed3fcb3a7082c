using Microsoft.EntityFrameworkCore;
using ModularReports.BuildingBlocks.Persistence;

namespace ModularReports.Identity.Data;

/// <summary>The Identity module's data, in its own schema.</summary>
internal abstract class IdentityDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    public const string SchemaName = "identity";

    protected override string Schema => SchemaName;

    protected override void ConfigureModel(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(IdentityDbContext).Assembly);
}
