using ModularReports.BuildingBlocks.Persistence;
using Xunit;

namespace ModularReports.Testing;

/// <summary>
/// The database providers a database-facing test runs on: SQLite always, PostgreSQL when a server is
/// configured. Use with [SkippableTheory] and call <see cref="RequireAvailable"/> first: without a server the
/// PostgreSQL case is reported as skipped with the reason, never silently passed.
/// </summary>
public static class Providers
{
    public static TheoryData<DatabaseProvider> All => new(DatabaseProvider.Sqlite, DatabaseProvider.PostgreSql);

    public static void RequireAvailable(DatabaseProvider provider) =>
        Skip.If(provider == DatabaseProvider.PostgreSql && !PostgresServer.IsAvailable, PostgresServer.UnavailableReason);
}
