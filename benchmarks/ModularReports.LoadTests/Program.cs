using ModularReports.LoadTests;

// dotnet run -c Release --project benchmarks/ModularReports.LoadTests -- search|reports|insight [workers] [seconds] [part] [sqlite|postgres] | startup
// postgres: on a fresh database of the server MODULARREPORTS_BENCH_POSTGRES names (a role allowed to create databases).
// Builds nothing itself: run `dotnet build -c Release src/Host` first (scripts/benchmark.sh does both).
var command = args.FirstOrDefault() ?? "search";
var workers = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 8;
var seconds = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 15;
var hostDll = Environment.GetEnvironmentVariable("MODULARREPORTS_HOST_DLL")
    ?? Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../../src/Host/bin/Release/net10.0/ModularReports.Host.dll"));
if (!File.Exists(hostDll))
{
    Console.Error.WriteLine($"No host at {hostDll}: run `dotnet build -c Release src/Host` first.");
    return 2;
}

switch (command)
{
    case "search":
        await SearchBenchmark.RunAsync(hostDll, workers, TimeSpan.FromSeconds(seconds));
        return 0;
    case "reports":
        string? postgres = null;
        if (args.ElementAtOrDefault(4) == "postgres")
        {
            postgres = Environment.GetEnvironmentVariable(BenchDatabase.PostgresVariable);
            if (string.IsNullOrEmpty(postgres))
            {
                Console.Error.WriteLine($"Set {BenchDatabase.PostgresVariable} to an Npgsql connection string of a role allowed to create databases.");
                return 2;
            }
        }

        await ReportsBenchmark.RunAsync(hostDll, workers, TimeSpan.FromSeconds(seconds), args.ElementAtOrDefault(3) ?? "all", postgres);
        return 0;
    case "insight":
        await InsightBenchmark.RunAsync(hostDll, workers, TimeSpan.FromSeconds(seconds));
        return 0;
    case "startup":
        // On PostgreSQL with RabbitMQ when both are named, else on the embedded default.
        var blankDll = Environment.GetEnvironmentVariable("MODULARREPORTS_BLANK_DLL")
            ?? throw new InvalidOperationException("Set MODULARREPORTS_BLANK_DLL (scripts/benchmark.sh startup does).");
        var frameworksDll = Environment.GetEnvironmentVariable("MODULARREPORTS_FRAMEWORKS_DLL")
            ?? throw new InvalidOperationException("Set MODULARREPORTS_FRAMEWORKS_DLL (scripts/benchmark.sh startup does).");
        var server = Environment.GetEnvironmentVariable(BenchDatabase.PostgresVariable);
        var onServer = !string.IsNullOrEmpty(server) && BenchBroker.IsConfigured;
        await using (var database = onServer ? await BenchDatabase.PostgreSqlAsync(server!) : BenchDatabase.Sqlite())
        await using (var broker = onServer ? await BenchBroker.CreateAsync() : null)
        {
            await StartupBenchmark.RunAsync(hostDll, blankDll, frameworksDll, database, broker?.Settings ?? new Dictionary<string, string>());
        }

        return 0;
    case "cluster":
        // CPU per submit/accept pair on one node and on three: [workers] people acting at once, [seconds] read as the
        // number of pairs each way.
        return await OnServerAndBrokerAsync((database, broker) => ClusterBenchmark.RunAsync(hostDll, database, broker, pairs: seconds, workers));
    case "drain":
        // The outbox drain against MassTransit alone: [seconds] read as the number of events.
        return await OnServerAndBrokerAsync((database, broker) => OutboxDrainBenchmark.RunAsync(database, broker, events: seconds));
    default:
        Console.Error.WriteLine("usage: search|insight [workers] [seconds] | reports [workers] [seconds] [all|search|transitions] [sqlite|postgres] | startup | cluster [workers] [pairs] | drain 0 [events]");
        return 2;
}

// On a fresh PostgreSQL database and a RabbitMQ virtual host of the run's own, both required.
static async Task<int> OnServerAndBrokerAsync(Func<BenchDatabase, IReadOnlyDictionary<string, string>, Task> run)
{
    var server = Environment.GetEnvironmentVariable(BenchDatabase.PostgresVariable);
    if (string.IsNullOrEmpty(server) || !BenchBroker.IsConfigured)
    {
        Console.Error.WriteLine($"Set {BenchDatabase.PostgresVariable} and {BenchBroker.Variable} (host:port,management-url,user,password).");
        return 2;
    }

    await using var database = await BenchDatabase.PostgreSqlAsync(server);
    await using var broker = await BenchBroker.CreateAsync();
    await run(database, broker.Settings);
    return 0;
}
