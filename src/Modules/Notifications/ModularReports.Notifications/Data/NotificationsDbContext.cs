using Microsoft.EntityFrameworkCore;
using ModularReports.BuildingBlocks.Persistence;

namespace ModularReports.Notifications.Data;

/// <summary>The Notifications module's data, in its own schema.</summary>
internal abstract class NotificationsDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    public const string SchemaName = "notifications";

    protected override string Schema => SchemaName;
}
