using Microsoft.EntityFrameworkCore;
using ModularReports.BuildingBlocks.Abstractions;
using ModularReports.BuildingBlocks.Persistence;

namespace ModularReports.BuildingBlocks.Tests.NotesModule;

/// <summary>A note someone edits: versioned, so stale writes are refused.</summary>
internal sealed class Note : IVersioned
{
    public Guid Id { get; init; }

    public required string Text { get; set; }

    public int Version { get; set; }
}

/// <summary>What the consumer of <see cref="NoteAdded"/> does: one row per handled event.</summary>
internal sealed class Effect
{
    public Guid Id { get; init; }

    public Guid NoteId { get; init; }
}

/// <summary>The integration event the notes module publishes through its outbox.</summary>
public sealed record NoteAdded(Guid NoteId, string Text, DateTimeOffset OccurredAt) : IIntegrationEvent;

internal sealed class NotesDbContext(DbContextOptions<NotesDbContext> options) : ModuleDbContext(options)
{
    public const string SchemaName = "notes";

    public DbSet<Note> Notes => Set<Note>();

    public DbSet<Effect> Effects => Set<Effect>();

    protected override string Schema => SchemaName;

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Note>().Property(n => n.Text).HasMaxLength(200);
        modelBuilder.Entity<Effect>();
    }
}
