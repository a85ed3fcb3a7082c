using ModularReports.BuildingBlocks.Persistence;

namespace ModularReports.Identity.Data;

// One subclass per provider keeps each provider's migrations apart (ADR 0004).
internal sealed class SqliteIdentityDbContext(DbContextOptions<SqliteIdentityDbContext> options) : IdentityDbContext(options);

internal sealed class PostgreSqlIdentityDbContext(DbContextOptions<PostgreSqlIdentityDbContext> options) : IdentityDbContext(options);

internal sealed class SqlServerIdentityDbContext(DbContextOptions<SqlServerIdentityDbContext> options) : IdentityDbContext(options);

internal sealed class SqliteIdentityDesignTimeFactory()
    : ModuleDesignTimeFactory<SqliteIdentityDbContext>(DatabaseProvider.Sqlite, IdentityDbContext.SchemaName);

internal sealed class PostgreSqlIdentityDesignTimeFactory()
    : ModuleDesignTimeFactory<PostgreSqlIdentityDbContext>(DatabaseProvider.PostgreSql, IdentityDbContext.SchemaName);

internal sealed class SqlServerIdentityDesignTimeFactory()
    : ModuleDesignTimeFactory<SqlServerIdentityDbContext>(DatabaseProvider.SqlServer, IdentityDbContext.SchemaName);
