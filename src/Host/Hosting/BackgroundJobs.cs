using Hangfire;
using Hangfire.Dashboard;
using Hangfire.PostgreSql;
using Hangfire.SqlServer;
using Hangfire.Storage.SQLite;
using Microsoft.Data.Sqlite;

namespace ModularReports.Host.Hosting;

/// <summary>
/// Hangfire, with durable storage on the same kind of database as the modules (ADR 0006); jobs run on the nodes that
/// <see cref="RunsJobs"/>.
/// </summary>
internal static class BackgroundJobs
{
    public const string DashboardPath = "/admin/jobs";

    public static IServiceCollection AddBackgroundJobs(this IServiceCollection services, IConfiguration configuration)
    {
        var database = DatabaseOptions.From(configuration);
        var pollInterval = configuration.GetValue("BackgroundJobs:PollInterval", TimeSpan.FromSeconds(15));

        services.AddHangfire(cfg =>
        {
            cfg.SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
                .UseSimpleAssemblyNameTypeSerializer()
                .UseRecommendedSerializerSettings();
            switch (database.Provider)
            {
                case DatabaseProvider.Sqlite:
                    cfg.UseSQLiteStorage(SqliteJobsFile(database.ConnectionString), new SQLiteStorageOptions { QueuePollInterval = pollInterval });
                    break;
                case DatabaseProvider.PostgreSql:
                    cfg.UsePostgreSqlStorage(
                        o => o.UseNpgsqlConnection(database.ConnectionString),
                        new PostgreSqlStorageOptions { SchemaName = "hangfire", QueuePollInterval = pollInterval, PrepareSchemaIfNecessary = true });
                    break;
                case DatabaseProvider.SqlServer:
                    cfg.UseSqlServerStorage(
                        database.ConnectionString,
                        new SqlServerStorageOptions { SchemaName = "hangfire", QueuePollInterval = pollInterval, PrepareSchemaIfNecessary = true });
                    break;
            }
        });

        // A node that only serves requests still queues jobs (in the shared storage) for the nodes that run them.
        if (RunsJobs(configuration))
        {
            services.AddHangfireServer(options =>
            {
                options.SchedulePollingInterval = pollInterval;
                options.WorkerCount = Math.Clamp(Environment.ProcessorCount * 2, 2, 10);
            });
        }

        return services;
    }

    /// <summary>
    /// Makes the job store's tables (Hangfire prepares its schema when the store is first made), in the migrate step: nodes
    /// that leave migration to that step then find them ready rather than all making them at once.
    /// </summary>
    public static void PrepareJobStorage(this IServiceProvider services) => _ = services.GetRequiredService<JobStorage>();

    /// <summary><c>BackgroundJobs:Run</c>: whether this node runs queued and recurring jobs (imports, exports, digests...).</summary>
    public static bool RunsJobs(IConfiguration configuration) => configuration.GetValue("BackgroundJobs:Run", true);

    public static IEndpointRouteBuilder MapBackgroundJobsDashboard(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHangfireDashboard(DashboardPath, new DashboardOptions
        {
            Authorization = [new AdminsOnly()],
            DashboardTitle = "ModularReports jobs",
            // The storage's connection string names the server's files and database: not for a browser page.
            DisplayStorageConnectionString = false,
        });
        return endpoints;
    }

    /// <summary>Hangfire keeps its own file beside the application database, so its polling never locks the modules' tables.</summary>
    private static string SqliteJobsFile(string connectionString)
    {
        var source = new SqliteConnectionStringBuilder(connectionString).DataSource;
        var folder = Path.GetDirectoryName(Path.GetFullPath(source)) ?? ".";
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, Path.GetFileNameWithoutExtension(source) + ".jobs.db");
    }

    private sealed class AdminsOnly : IDashboardAuthorizationFilter
    {
        public bool Authorize(DashboardContext context) => context.GetHttpContext().User.IsInRole("Admin");
    }
}
