using Microsoft.EntityFrameworkCore;
using ModularReports.BuildingBlocks.Persistence;

namespace ModularReports.Reporting.Data;

/// <summary>The Reporting module's data, in its own schema.</summary>
internal abstract class ReportingDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    public const string SchemaName = "reporting";

    protected override string Schema => SchemaName;

    protected override void ConfigureModel(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ReportingDbContext).Assembly);
}
