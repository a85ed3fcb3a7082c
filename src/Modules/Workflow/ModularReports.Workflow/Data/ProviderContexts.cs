namespace ModularReports.Workflow.Data;

// One subclass per provider keeps each provider's migrations apart (ADR 0004).
internal sealed class SqliteWorkflowDbContext(DbContextOptions<SqliteWorkflowDbContext> options) : WorkflowDbContext(options);

internal sealed class PostgreSqlWorkflowDbContext(DbContextOptions<PostgreSqlWorkflowDbContext> options) : WorkflowDbContext(options);

internal sealed class SqlServerWorkflowDbContext(DbContextOptions<SqlServerWorkflowDbContext> options) : WorkflowDbContext(options);

internal sealed class SqliteWorkflowDesignTimeFactory()
    : ModuleDesignTimeFactory<SqliteWorkflowDbContext>(DatabaseProvider.Sqlite, WorkflowDbContext.SchemaName);

internal sealed class PostgreSqlWorkflowDesignTimeFactory()
    : ModuleDesignTimeFactory<PostgreSqlWorkflowDbContext>(DatabaseProvider.PostgreSql, WorkflowDbContext.SchemaName);

internal sealed class SqlServerWorkflowDesignTimeFactory()
    : ModuleDesignTimeFactory<SqlServerWorkflowDbContext>(DatabaseProvider.SqlServer, WorkflowDbContext.SchemaName);
