using ModularReports.BuildingBlocks.Persistence;

namespace ModularReports.Notifications.Data;

// One subclass per provider keeps each provider's migrations apart (ADR 0004).
internal sealed class SqliteNotificationsDbContext(DbContextOptions<SqliteNotificationsDbContext> options) : NotificationsDbContext(options);

internal sealed class PostgreSqlNotificationsDbContext(DbContextOptions<PostgreSqlNotificationsDbContext> options) : NotificationsDbContext(options);

internal sealed class SqlServerNotificationsDbContext(DbContextOptions<SqlServerNotificationsDbContext> options) : NotificationsDbContext(options);

internal sealed class SqliteNotificationsDesignTimeFactory()
    : ModuleDesignTimeFactory<SqliteNotificationsDbContext>(DatabaseProvider.Sqlite, NotificationsDbContext.SchemaName);

internal sealed class PostgreSqlNotificationsDesignTimeFactory()
    : ModuleDesignTimeFactory<PostgreSqlNotificationsDbContext>(DatabaseProvider.PostgreSql, NotificationsDbContext.SchemaName);

internal sealed class SqlServerNotificationsDesignTimeFactory()
    : ModuleDesignTimeFactory<SqlServerNotificationsDbContext>(DatabaseProvider.SqlServer, NotificationsDbContext.SchemaName);
