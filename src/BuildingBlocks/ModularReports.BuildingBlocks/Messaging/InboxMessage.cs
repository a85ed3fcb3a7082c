using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ModularReports.BuildingBlocks.Messaging;

/// <summary>A message a consumer of this module has processed; its key makes a second delivery a no-op.</summary>
public sealed class InboxMessage
{
    public Guid MessageId { get; init; }

    public required string Consumer { get; init; }

    public DateTime ProcessedAt { get; init; }
}

internal sealed class InboxMessageConfiguration : IEntityTypeConfiguration<InboxMessage>
{
    public void Configure(EntityTypeBuilder<InboxMessage> builder)
    {
        builder.ToTable("inbox_messages");
        builder.HasKey(m => new { m.MessageId, m.Consumer });
        builder.Property(m => m.Consumer).HasMaxLength(300);
    }
}
