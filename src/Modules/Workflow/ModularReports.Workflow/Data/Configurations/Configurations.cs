using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ModularReports.Workflow.Data.Configurations;

internal sealed class WorkflowDefinitionConfiguration : IEntityTypeConfiguration<WorkflowDefinition>
{
    public void Configure(EntityTypeBuilder<WorkflowDefinition> b)
    {
        b.ToTable("definitions");
        b.HasKey(d => d.Id);
        b.Property(d => d.Key).HasMaxLength(100);
        b.Property(d => d.DraftUpdatedBy).HasMaxLength(256);
        b.HasIndex(d => d.Key).IsUnique();
    }
}

internal sealed class WorkflowDefinitionVersionConfiguration : IEntityTypeConfiguration<WorkflowDefinitionVersion>
{
    public void Configure(EntityTypeBuilder<WorkflowDefinitionVersion> b)
    {
        b.ToTable("definition_versions");
        b.HasKey(v => v.Id);
        b.Property(v => v.Key).HasMaxLength(100);
        b.Property(v => v.PublishedBy).HasMaxLength(256);
        b.HasIndex(v => new { v.Key, v.Number }).IsUnique();
        b.HasOne<WorkflowDefinition>().WithMany().HasForeignKey(v => v.DefinitionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class DefinitionAssignmentConfiguration : IEntityTypeConfiguration<DefinitionAssignment>
{
    public void Configure(EntityTypeBuilder<DefinitionAssignment> b)
    {
        b.ToTable("definition_assignments");
        b.HasKey(a => a.Id);
        b.Property(a => a.DocumentKind).HasMaxLength(50);
        b.Property(a => a.Congress).HasMaxLength(50);
        b.Property(a => a.TextKind).HasMaxLength(20);
        b.Property(a => a.DefinitionKey).HasMaxLength(100);
        b.Property(a => a.UpdatedBy).HasMaxLength(256);
        b.Ignore(a => a.IsDefault);
        b.Ignore(a => a.Specificity);
        b.HasIndex(a => new { a.DocumentKind, a.Congress, a.TextKind }).IsUnique();
    }
}

internal sealed class ScheduledTimerConfiguration : IEntityTypeConfiguration<ScheduledTimer>
{
    public void Configure(EntityTypeBuilder<ScheduledTimer> b)
    {
        b.ToTable("scheduled_timers");
        b.HasKey(t => t.Id);
        b.Property(t => t.DocumentType).HasMaxLength(100);
        b.Property(t => t.DefinitionKey).HasMaxLength(100);
        b.Property(t => t.State).HasMaxLength(100);
        b.Property(t => t.Action).HasMaxLength(20);
        b.Property(t => t.Actors).HasMaxLength(500);
        b.Property(t => t.Trigger).HasMaxLength(100);
        b.HasIndex(t => new { t.DocumentType, t.DocumentId });
        b.HasIndex(t => t.DueAt); // the poller's next due timers
    }
}

internal sealed class AppliedTimerChangeConfiguration : IEntityTypeConfiguration<AppliedTimerChange>
{
    public void Configure(EntityTypeBuilder<AppliedTimerChange> b)
    {
        b.ToTable("applied_timer_changes");
        b.HasKey(a => new { a.DocumentType, a.DocumentId });
        b.Property(a => a.DocumentType).HasMaxLength(100);
        // Two nodes applying two changes of one document at once: the one that read the older version fails and retries.
        b.Property(a => a.DocumentVersion).IsConcurrencyToken();
    }
}
