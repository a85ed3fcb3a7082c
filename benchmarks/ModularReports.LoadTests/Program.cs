using ModularReports.LoadTests;

// dotnet run -c Release --project benchmarks/ModularReports.LoadTests -- search|reports|insight [workers] [seconds] [part] [sqlite|postgres]
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
    default:
        Console.Error.WriteLine("usage: search|insight [workers] [seconds] | reports [workers] [seconds] [all|search|transitions] [sqlite|postgres]");
        return 2;
}
