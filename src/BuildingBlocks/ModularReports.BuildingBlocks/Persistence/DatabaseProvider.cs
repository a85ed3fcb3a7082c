namespace ModularReports.BuildingBlocks.Persistence;

/// <summary>The database servers the application runs on (ADR 0004).</summary>
public enum DatabaseProvider
{
    Sqlite,
    PostgreSql,
    SqlServer,
}
