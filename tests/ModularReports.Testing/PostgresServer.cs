using Npgsql;

namespace ModularReports.Testing;

/// <summary>
/// The PostgreSQL server the tests may use, named by MODULARREPORTS_TEST_POSTGRES (scripts/test.sh starts one
/// and sets it). Each test database is created fresh and dropped afterwards.
/// </summary>
public static class PostgresServer
{
    public const string EnvironmentVariable = "MODULARREPORTS_TEST_POSTGRES";

    public static string? AdminConnectionString => Environment.GetEnvironmentVariable(EnvironmentVariable);

    public static bool IsAvailable => !string.IsNullOrWhiteSpace(AdminConnectionString);

    public static string UnavailableReason =>
        $"No PostgreSQL server: set {EnvironmentVariable} (scripts/test.sh does) to run the PostgreSQL variant.";

    public static async Task<string> CreateDatabaseAsync()
    {
        var name = $"mr_test_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(AdminConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await command.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = name, Pooling = true }.ConnectionString;
    }

    public static async Task DropDatabaseAsync(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await command.ExecuteNonQueryAsync();
                return;
            }
            catch (PostgresException e) when (attempt < 10 && e.SqlState is PostgresErrorCodes.InsufficientPrivilege or PostgresErrorCodes.ObjectInUse)
            {
                // FORCE may only stop backends of roles this one can signal; an autovacuum worker that woke up in
                // the test database is not one of them (unless the role has pg_signal_backend) and soon finishes.
                await Task.Delay(TimeSpan.FromMilliseconds(200 * attempt));
            }
        }
    }
}
