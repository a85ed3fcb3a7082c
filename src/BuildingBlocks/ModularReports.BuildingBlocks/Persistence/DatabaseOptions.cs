using Microsoft.Extensions.Configuration;

namespace ModularReports.BuildingBlocks.Persistence;

/// <summary>Reads <c>Database:Provider</c> and <c>ConnectionStrings:Default</c>.</summary>
public sealed record DatabaseOptions(DatabaseProvider Provider, string ConnectionString)
{
    public const string DefaultSqliteConnectionString = "Data Source=data/modularreports.db";

    public static DatabaseOptions From(IConfiguration configuration)
    {
        var raw = configuration["Database:Provider"];
        var provider = DatabaseProvider.Sqlite;
        if (!string.IsNullOrWhiteSpace(raw) && !Enum.TryParse(raw, ignoreCase: true, out provider))
        {
            throw new InvalidOperationException(
                $"Database:Provider '{raw}' is not supported; use one of: {string.Join(", ", Enum.GetNames<DatabaseProvider>())}.");
        }

        var connectionString = configuration.GetConnectionString("Default");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            if (provider != DatabaseProvider.Sqlite)
            {
                throw new InvalidOperationException($"ConnectionStrings:Default is required when Database:Provider is {provider}.");
            }

            connectionString = DefaultSqliteConnectionString;
        }

        return new DatabaseOptions(provider, connectionString);
    }
}
