using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace ModularReports.LoadTests;

/// <summary>
/// The database a measurement runs on, as the host is configured for it: a SQLite file in the run's folder (the embedded
/// default) or a fresh PostgreSQL database (the server database), created for the run and dropped after it. The
/// baselines and the script's own reads and writes go through it, so their SQL is written once for both: quoted column
/// names, <c>@</c> parameters, and the few values whose form differs (ids, times, table names).
/// </summary>
internal sealed class BenchDatabase : IAsyncDisposable
{
    private readonly NpgsqlDataSource? postgres;
    private readonly string? adminConnectionString;
    private readonly string? postgresName;

    private BenchDatabase(
        string folder, string? postgresConnectionString = null, string? adminConnectionString = null, string? postgresName = null)
    {
        Folder = folder;
        // The baselines prepare statements as the application does on PostgreSQL (ModuleDbContextOptions: Max Auto Prepare).
        postgres = postgresConnectionString is null
            ? null
            : NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(postgresConnectionString) { MaxAutoPrepare = 100 }.ConnectionString);
        this.adminConnectionString = adminConnectionString;
        this.postgresName = postgresName;
        ConnectionString = postgresConnectionString // the data source's own copy leaves the password out
            ?? new SqliteConnectionStringBuilder { DataSource = SqliteFile, Pooling = true, DefaultTimeout = 60 }.ToString();
    }

    /// <summary>The environment variable naming a PostgreSQL role allowed to create databases (an Npgsql connection string).</summary>
    public const string PostgresVariable = "MODULARREPORTS_BENCH_POSTGRES";

    /// <summary>The run's working folder: the host runs there; the SQLite file lives there.</summary>
    public string Folder { get; }

    public bool IsPostgreSql => postgres is not null;

    public string Name => IsPostgreSql ? "PostgreSQL" : "SQLite";

    public string ConnectionString { get; }

    /// <summary>The SQLite file, for the search baseline (written for SQLite only).</summary>
    public string SqliteFile => IsPostgreSql
        ? throw new NotSupportedException("The search baselines are written for SQLite; measure the search there.")
        : Path.Combine(Folder, "bench.db");

    /// <summary>What the host is started with to use this database.</summary>
    public IReadOnlyDictionary<string, string> HostSettings => new Dictionary<string, string>
    {
        ["Database__Provider"] = IsPostgreSql ? "PostgreSql" : "Sqlite",
        ["ConnectionStrings__Default"] = IsPostgreSql ? ConnectionString : $"Data Source={SqliteFile}", // the application's own defaults
    };

    /// <summary>A new folder with a SQLite file to be.</summary>
    public static BenchDatabase Sqlite() => new(Directory.CreateTempSubdirectory("modularreports-bench-").FullName);

    /// <summary>
    /// A new, empty PostgreSQL database on the server of <paramref name="adminConnectionString"/>. Commits there do not
    /// wait for the disk (<c>synchronous_commit = off</c>): the durability of the host's SQLite settings (write-ahead log,
    /// <c>synchronous = NORMAL</c>), so that the two databases are measured on the same terms.
    /// </summary>
    public static async Task<BenchDatabase> PostgreSqlAsync(string adminConnectionString)
    {
        var name = $"modularreports_bench_{DateTime.UtcNow:yyyyMMddHHmmss}";
        await using (var admin = new NpgsqlConnection(adminConnectionString))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}; ALTER DATABASE {name} SET synchronous_commit = off;", admin);
            await create.ExecuteNonQueryAsync();
        }

        var builder = new NpgsqlConnectionStringBuilder(adminConnectionString) { Database = name, MaxPoolSize = 100 };
        return new BenchDatabase(Directory.CreateTempSubdirectory("modularreports-bench-").FullName, builder.ConnectionString, adminConnectionString, name);
    }

    /// <summary>The database's size on disk, in bytes.</summary>
    public async Task<long> SizeAsync()
    {
        if (!IsPostgreSql)
        {
            return new FileInfo(SqliteFile).Length;
        }

        await using var connection = await OpenAsync();
        await using var size = Command(connection, "SELECT pg_database_size(current_database())");
        return Convert.ToInt64(await size.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    /// <summary>A module's table: <c>reporting_journal</c> in SQLite, <c>reporting.journal</c> in PostgreSQL.</summary>
    public string Table(string module, string name) => IsPostgreSql ? $"{module}.{name}" : $"{module}_{name}";

    /// <summary>An id as a parameter: the text the application stores in SQLite, a uuid in PostgreSQL.</summary>
    public object Key(Guid id) => IsPostgreSql ? id : id.ToString().ToUpperInvariant();

    /// <summary>A UTC time as a parameter, in the form the application stores it.</summary>
    public object Time(DateTime utc) => IsPostgreSql ? utc : utc.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture);

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<object, object> Configured = new();

    /// <summary>
    /// A pooled connection. SQLite's get the application's settings (busy timeout, synchronous, page cache size),
    /// applied once per native connection as the application does, so both read and write the file the same way.
    /// </summary>
    public async Task<DbConnection> OpenAsync()
    {
        if (postgres is not null)
        {
            return await postgres.OpenConnectionAsync();
        }

        var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync();
        if (Configured.TryAdd(connection.Handle!, Configured))
        {
            await using var pragmas = connection.CreateCommand();
            pragmas.CommandText = "PRAGMA busy_timeout = 30000; PRAGMA synchronous = NORMAL; PRAGMA cache_size = -16384;";
            await pragmas.ExecuteNonQueryAsync();
        }

        return connection;
    }

    /// <summary>A command on <paramref name="connection"/> with its parameters (names with their <c>@</c>).</summary>
    public static DbCommand Command(DbConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }

        return command;
    }

    public async ValueTask DisposeAsync()
    {
        if (postgres is not null)
        {
            await postgres.DisposeAsync();
            NpgsqlConnection.ClearAllPools();
            await using var admin = new NpgsqlConnection(adminConnectionString);
            await admin.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {postgresName} WITH (FORCE)", admin);
            await drop.ExecuteNonQueryAsync();
        }

        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // left for the OS to clean
        }
    }
}
