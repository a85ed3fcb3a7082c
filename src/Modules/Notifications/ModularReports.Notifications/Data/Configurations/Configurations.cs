using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ModularReports.Notifications.Data.Configurations;

internal sealed class ReportStateChangeConfiguration : IEntityTypeConfiguration<ReportStateChange>
{
    public void Configure(EntityTypeBuilder<ReportStateChange> b)
    {
        b.ToTable("report_state_changes");
        b.HasKey(c => c.ReportKey);
        b.Property(c => c.ReportKey).HasMaxLength(100);
    }
}

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> b)
    {
        b.ToTable("notifications");
        b.HasKey(n => n.Id);
        b.Property(n => n.SourceKey).HasMaxLength(200);
        b.Property(n => n.Kind).HasMaxLength(40);
        b.Property(n => n.Title).HasMaxLength(Notification.TitleMaxLength);
        b.Property(n => n.Body).HasMaxLength(Notification.BodyMaxLength);
        b.Property(n => n.Link).HasMaxLength(500);
        b.HasIndex(n => new { n.SourceKey, n.RecipientUserId }).IsUnique(); // one per event and person
        b.HasIndex(n => new { n.RecipientUserId, n.CreatedAt }); // the list, newest first
        b.HasIndex(n => new { n.RecipientUserId, n.ReadAt }); // the unread count
        b.HasIndex(n => new { n.AwaitsDigest, n.RecipientUserId });
    }
}

internal sealed class EmailDeliveryConfiguration : IEntityTypeConfiguration<EmailDelivery>
{
    public void Configure(EntityTypeBuilder<EmailDelivery> b)
    {
        b.ToTable("email_deliveries");
        b.HasKey(d => d.Id);
        b.Property(d => d.SourceKey).HasMaxLength(200);
        b.Property(d => d.ToAddress).HasMaxLength(256);
        b.Property(d => d.Subject).HasMaxLength(Notification.TitleMaxLength);
        b.Property(d => d.LastError).HasMaxLength(2000);
        b.Property(d => d.Status).HasConversion<string>().HasMaxLength(20);
        b.HasIndex(d => d.SourceKey).IsUnique(); // the key already names the recipient
        // The sender's queue: pending deliveries by when they are due. Partial (ADR 15): an index leading with the status
        // made SQLite answer the claim ("these ids, if still pending") by reading every pending delivery.
        b.HasIndex(d => d.NextAttemptAt).HasFilter("\"Status\" = 'Pending'");
        b.HasIndex(d => d.LeaseId); // a sender reads back the batch it claimed
    }
}

internal sealed class NotificationPreferenceConfiguration : IEntityTypeConfiguration<NotificationPreference>
{
    public void Configure(EntityTypeBuilder<NotificationPreference> b)
    {
        b.ToTable("preferences");
        b.HasKey(p => p.UserId);
        b.Property(p => p.EmailMode).HasConversion<string>().HasMaxLength(20);
    }
}

internal sealed class ResolutionFollowConfiguration : IEntityTypeConfiguration<ResolutionFollow>
{
    public void Configure(EntityTypeBuilder<ResolutionFollow> b)
    {
        b.ToTable("resolution_follows");
        b.HasKey(f => new { f.UserId, f.ResolutionId });
        b.HasIndex(f => f.ResolutionId); // who to tell of a publication
    }
}
