using ModularReports.BuildingBlocks.Persistence;

namespace ModularReports.Reporting.Data;

// One subclass per provider keeps each provider's migrations apart (ADR 0004).
internal sealed class SqliteReportingDbContext(DbContextOptions<SqliteReportingDbContext> options) : ReportingDbContext(options);

internal sealed class PostgreSqlReportingDbContext(DbContextOptions<PostgreSqlReportingDbContext> options) : ReportingDbContext(options);

internal sealed class SqlServerReportingDbContext(DbContextOptions<SqlServerReportingDbContext> options) : ReportingDbContext(options);

internal sealed class SqliteReportingDesignTimeFactory()
    : ModuleDesignTimeFactory<SqliteReportingDbContext>(DatabaseProvider.Sqlite, ReportingDbContext.SchemaName);

internal sealed class PostgreSqlReportingDesignTimeFactory()
    : ModuleDesignTimeFactory<PostgreSqlReportingDbContext>(DatabaseProvider.PostgreSql, ReportingDbContext.SchemaName);

internal sealed class SqlServerReportingDesignTimeFactory()
    : ModuleDesignTimeFactory<SqlServerReportingDbContext>(DatabaseProvider.SqlServer, ReportingDbContext.SchemaName);
