namespace ModularReports.Constituencies.Data;

// One subclass per provider keeps each provider's migrations apart (ADR 0004).
internal sealed class SqliteConstituenciesDbContext(DbContextOptions<SqliteConstituenciesDbContext> options) : ConstituenciesDbContext(options);

internal sealed class PostgreSqlConstituenciesDbContext(DbContextOptions<PostgreSqlConstituenciesDbContext> options) : ConstituenciesDbContext(options);

internal sealed class SqlServerConstituenciesDbContext(DbContextOptions<SqlServerConstituenciesDbContext> options) : ConstituenciesDbContext(options);

internal sealed class SqliteConstituenciesDesignTimeFactory()
    : ModuleDesignTimeFactory<SqliteConstituenciesDbContext>(DatabaseProvider.Sqlite, ConstituenciesDbContext.SchemaName);

internal sealed class PostgreSqlConstituenciesDesignTimeFactory()
    : ModuleDesignTimeFactory<PostgreSqlConstituenciesDbContext>(DatabaseProvider.PostgreSql, ConstituenciesDbContext.SchemaName);

internal sealed class SqlServerConstituenciesDesignTimeFactory()
    : ModuleDesignTimeFactory<SqlServerConstituenciesDbContext>(DatabaseProvider.SqlServer, ConstituenciesDbContext.SchemaName);
