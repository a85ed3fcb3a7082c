using ModularReports.BuildingBlocks.Persistence;

namespace ModularReports.Notifications.Data;

/// <summary>In-app notifications, e-mail deliveries, preferences and followed resolutions, in the notifications schema.</summary>
internal abstract class NotificationsDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    public const string SchemaName = "notifications";

    public DbSet<Notification> Notifications => Set<Notification>();

    public DbSet<EmailDelivery> EmailDeliveries => Set<EmailDelivery>();

    public DbSet<NotificationPreference> Preferences => Set<NotificationPreference>();

    public DbSet<ReportStateChange> ReportStateChanges => Set<ReportStateChange>();

    public DbSet<ResolutionFollow> Follows => Set<ResolutionFollow>();

    protected override string Schema => SchemaName;
}
