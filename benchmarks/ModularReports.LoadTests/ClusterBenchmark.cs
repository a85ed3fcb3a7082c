using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;

namespace ModularReports.LoadTests;

/// <summary>
/// Issue 26's cluster measurement, in one run on PostgreSQL and RabbitMQ: the same number of submit/accept pairs made on
/// one node, then on three nodes of the same database and broker (each pair submitted on one node and accepted on the
/// next, as a load balancer spreads people), each left to settle (every event consumed, every e-mail sent). The figure is
/// the CPU all the nodes used from the first request until settled, per pair: what a pair costs the deployment, its
/// notifications and e-mails included, and the nodes' idle work while it ran. Each node first makes
/// <see cref="WarmUpPairs"/> pairs, unmeasured, so that the figure is the steady state's and not each process's
/// one-off compilation of the code the pairs run.
/// </summary>
internal static class ClusterBenchmark
{
    private const int WarmUpPairs = 100;

    public static async Task RunAsync(string hostDll, BenchDatabase database, IReadOnlyDictionary<string, string> broker, int pairs, int workers)
    {
        var settings = new Dictionary<string, string>(broker)
        {
            // The application's defaults: the load script's quicker poll would add idle work per node.
            ["Messaging__Outbox__PollInterval"] = "00:00:05",
            ["BackgroundJobs__PollInterval"] = "00:00:15",
            ["App__PublicUrl"] = "http://localhost",
        };
        List<Guid> drafts;
        await using (var first = await HostProcess.StartAsync(hostDll, database, settings))
        {
            drafts = await DraftsAsync(first, database, (pairs + (4 * WarmUpPairs)) * 2);
        }

        var half = drafts.Count / 2;
        var single = await MeasureAsync(hostDll, database, settings, 1, drafts[..half], pairs, workers);
        var three = await MeasureAsync(hostDll, database, settings, 3, drafts[half..], pairs, workers);
        Console.WriteLine();
        Console.WriteLine($"| Nodes | Pairs | Load | Settled after | CPU of all nodes per pair | Against one node |");
        Console.WriteLine("|---|---|---|---|---|---|");
        foreach (var (nodes, result) in new[] { (1, single), (3, three) })
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {nodes} | {result.Pairs:N0} | {result.Load.TotalSeconds:0.0} s | {result.Settled.TotalSeconds:0.0} s | {result.CpuPerPair:0.00} ms | {result.CpuPerPair / single.CpuPerPair:0.00}x |"));
        }
    }

    private sealed record Result(int Pairs, TimeSpan Load, TimeSpan Settled, double CpuPerPair);

    private static async Task<Result> MeasureAsync(
        string hostDll, BenchDatabase database, IReadOnlyDictionary<string, string> settings, int count, List<Guid> drafts, int pairs, int workers)
    {
        var nodes = await Task.WhenAll(Enumerable.Range(0, count).Select(_ => HostProcess.StartAsync(hostDll, database, settings)));
        try
        {
            var people = new List<(HttpClient Reporter, HttpClient FocalPoint)>();
            for (var i = 0; i < count; i++)
            {
                people.Add((await ReportsBenchmark.SignedInAsync(nodes[i].Address, "reporter@demo.local"),
                    await ReportsBenchmark.SignedInAsync(nodes[(i + 1) % count].Address, "focal.point@demo.local")));
            }

            // Warm-up: every node submits and accepts, and consumes what follows; then the start's own work is done too.
            await PairsAsync(people, drafts[..(count * WarmUpPairs)], Math.Max(workers, count));
            await SettledAsync(database);
            var ids = drafts.GetRange(count * WarmUpPairs, pairs);
            var cpu = nodes.Select(n => n.CpuTime).ToArray();
            var started = Stopwatch.GetTimestamp();
            await PairsAsync(people, ids, workers);
            var load = Stopwatch.GetElapsedTime(started);
            await SettledAsync(database);
            var settled = Stopwatch.GetElapsedTime(started);
            var used = nodes.Select((n, i) => (n.CpuTime - cpu[i]).TotalMilliseconds).Sum();
            var accepted = await ReportsBenchmark.AcceptedAsync(database, ids);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{count} node(s): {accepted} pairs in {load.TotalSeconds:0.0} s, settled after {settled.TotalSeconds:0.0} s, {used:0} ms of CPU"));
            foreach (var (reporter, focalPoint) in people)
            {
                reporter.Dispose();
                focalPoint.Dispose();
            }

            return new Result(accepted, load, settled, used / accepted);
        }
        finally
        {
            foreach (var node in nodes)
            {
                await node.DisposeAsync();
            }
        }
    }

    /// <summary>Submits and accepts each report, <paramref name="workers"/> at a time, spread over the nodes' people.</summary>
    private static Task PairsAsync(List<(HttpClient Reporter, HttpClient FocalPoint)> people, List<Guid> ids, int workers)
    {
        var next = -1;
        return Task.WhenAll(Enumerable.Range(0, workers).Select(worker => Task.Run(async () =>
        {
            var (reporter, focalPoint) = people[worker % people.Count];
            int i;
            while ((i = Interlocked.Increment(ref next)) < ids.Count)
            {
                if (!await ReportsBenchmark.ActAsync(reporter, ids[i], "submit") || !await ReportsBenchmark.ActAsync(focalPoint, ids[i], "accept"))
                {
                    throw new InvalidOperationException($"A move of report {ids[i]} was refused.");
                }
            }
        })));
    }

    /// <summary>Complete drafts of the demo reporter on Res 054, ready to submit.</summary>
    private static async Task<List<Guid>> DraftsAsync(HostProcess host, BenchDatabase database, int count)
    {
        using var reporter = await ReportsBenchmark.SignedInAsync(host.Address, "reporter@demo.local");
        var resolution = (await reporter.GetFromJsonAsync<JsonElement>("/api/resolutions?q=WCC-2020-Res-054")).GetProperty("items")[0].GetProperty("id").GetGuid();
        var template = await ReportsBenchmark.CompleteDraftAsync(reporter, resolution, "Seized 300 kg of pangolin scales at two border posts.");
        return await ReportsBenchmark.CloneAsync(database, template, count);
    }

    /// <summary>Every module's events handed over, every report event recorded by a consumer, and every e-mail sent.</summary>
    private static async Task SettledAsync(BenchDatabase database)
    {
        var modules = new[] { "identity", "constituencies", "workflow", "reporting", "notifications" };
        var unsent = string.Join(" + ", modules.Select(m => $"""(SELECT COUNT(*) FROM {database.Table(m, "outbox_messages")} WHERE "SentAt" IS NULL)"""));
        var unconsumed = $"""
            (SELECT COUNT(*) FROM {database.Table("reporting", "outbox_messages")} o
             WHERE NOT EXISTS (SELECT 1 FROM {database.Table("notifications", "inbox_messages")} n WHERE n."MessageId" = o."Id")
               AND NOT EXISTS (SELECT 1 FROM {database.Table("workflow", "inbox_messages")} w WHERE w."MessageId" = o."Id"))
            """;
        var emails = $"""(SELECT COUNT(*) FROM {database.Table("notifications", "email_deliveries")} WHERE "Status" = 'Pending')""";
        await using var connection = await database.OpenAsync();
        await using var left = BenchDatabase.Command(connection, $"SELECT {unsent} + {unconsumed} + {emails}");
        var started = Stopwatch.GetTimestamp();
        while (Convert.ToInt64(await left.ExecuteScalarAsync(), CultureInfo.InvariantCulture) > 0)
        {
            if (Stopwatch.GetElapsedTime(started) > TimeSpan.FromMinutes(10))
            {
                throw new TimeoutException("The cluster did not settle within ten minutes.");
            }

            await Task.Delay(100);
        }
    }
}
