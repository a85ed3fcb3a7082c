using System.Text.Json;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ModularReports.BuildingBlocks.Messaging;

/// <summary>An integration event waiting in a module's outbox to be published to the bus.</summary>
public sealed class OutboxMessage
{
    // Stored text stays readable (accents as themselves); it is never written into HTML.
    internal static readonly JsonSerializerOptions SerializerOptions = new(JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Also the bus MessageId, so consumers can recognise a redelivery.</summary>
    public Guid Id { get; init; }

    /// <summary>The event's CLR type, as "Namespace.Type, Assembly".</summary>
    public required string Type { get; init; }

    public required string Payload { get; init; }

    public DateTime OccurredAt { get; init; }

    /// <summary>When the message was last handed to the bus (published); null while it waits to be.</summary>
    public DateTime? SentAt { get; set; }

    /// <summary>
    /// When every consumer of the event was seen to have recorded it in its inbox: its delivery is finished. Until then a
    /// message handed to the bus is not taken as delivered (an in-memory bus forgets what it holds when the process ends;
    /// a consumer may fault), and the dispatcher hands it over again (ADR 26).
    /// </summary>
    public DateTime? ConsumedAt { get; set; }

    /// <summary>Failed attempts to hand the message to the bus.</summary>
    public int Attempts { get; set; }

    /// <summary>How often it was handed over again because a consumer had not recorded it in time.</summary>
    public int Redeliveries { get; set; }

    /// <summary>When the dispatcher next looks at it: to publish it while unsent, to see whether it was consumed once sent.</summary>
    public DateTime NextAttemptAt { get; set; }

    public string? LastError { get; set; }

    /// <summary>Which dispatcher run holds the message; with <see cref="LockedUntil"/> keeps two instances from sending it at once.</summary>
    public Guid? LockId { get; set; }

    public DateTime? LockedUntil { get; set; }

    /// <summary>Worked out once per event type: reading an assembly's name allocates, and events are stored on hot paths.</summary>
    internal static string TypeNameOf(Type type) => TypeNames.GetOrAdd(type, static t => $"{t.FullName}, {t.Assembly.GetName().Name}");

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<Type, string> TypeNames = new();
}

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.ToTable("outbox_messages");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.Type).HasMaxLength(500);
        builder.Property(m => m.LastError).HasMaxLength(2000);
        // Partial indexes (ADR 15). The dispatcher's queries: unsent messages that are due, and sent messages whose
        // consumption is due to be checked (ADR 26), each in the order they became due, read in its index's order.
        // Retention: consumed messages by age. No index leads with the sent time, so that SQLite answers a claim ("these
        // ids, if still unsent") by id rather than by reading the backlog.
        builder.HasIndex(m => m.NextAttemptAt).HasFilter("\"SentAt\" IS NULL");
        builder.HasIndex(m => m.NextAttemptAt, "awaiting_consumers").HasFilter("\"SentAt\" IS NOT NULL AND \"ConsumedAt\" IS NULL");
        builder.HasIndex(m => m.ConsumedAt).HasFilter("\"ConsumedAt\" IS NOT NULL");
    }
}
