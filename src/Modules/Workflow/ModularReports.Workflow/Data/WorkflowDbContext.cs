namespace ModularReports.Workflow.Data;

/// <summary>Workflow definitions and their published versions, in the workflow schema.</summary>
internal abstract class WorkflowDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    public const string SchemaName = "workflow";

    public DbSet<WorkflowDefinition> Definitions => Set<WorkflowDefinition>();

    public DbSet<WorkflowDefinitionVersion> Versions => Set<WorkflowDefinitionVersion>();

    public DbSet<DefinitionAssignment> Assignments => Set<DefinitionAssignment>();

    public DbSet<ScheduledTimer> Timers => Set<ScheduledTimer>();

    public DbSet<AppliedTimerChange> AppliedTimerChanges => Set<AppliedTimerChange>();

    protected override string Schema => SchemaName;
}
