using Microsoft.EntityFrameworkCore;
using ModularReports.BuildingBlocks.Persistence;

namespace ModularReports.Workflow.Data;

/// <summary>The Workflow module's data, in its own schema.</summary>
internal abstract class WorkflowDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    public const string SchemaName = "workflow";

    protected override string Schema => SchemaName;

    protected override void ConfigureModel(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(WorkflowDbContext).Assembly);
}
