using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;

namespace ModularReports.LoadTests;

/// <summary>
/// Issue 25's measurements, on the generator's data at two sizes (10,000 activity / 1,000 progress reports, then
/// 100,000 / 10,000): (a) <c>GET /api/public/statistics</c> against hand-written SQL computing the same aggregates on
/// every request, for the same mix of filters; the first request of each filter (nothing in memory yet) is timed apart;
/// (b) at the larger size, the Excel export of every published report, of one period's, of an admin's list of every
/// progress report, and an admin's background export of one period (Excel and PDFs), timed, with the host's
/// resident memory sampled while it runs.
/// </summary>
internal static class InsightBenchmark
{
    private static readonly (string Label, int Activity, int Progress)[] Sizes =
    [
        ("10,000 activity / 1,000 progress reports", 10_000, 1_000),
        ("100,000 activity / 10,000 progress reports", 100_000, 10_000),
    ];

    private const int Rounds = 3;

    public static async Task RunAsync(string hostDll, int workers, TimeSpan duration)
    {
        var results = new List<(string Label, List<double> Cold, List<(LoadResult Raw, LoadResult App)> Rounds)>();
        var exports = new List<string>();
        foreach (var (label, activity, progress) in Sizes)
        {
            await using var database = BenchDatabase.Sqlite();
            var took = await HostProcess.GenerateAsync(hostDll, database, activity, progress);
            Console.WriteLine($"generate-data {activity} {progress}: {took.TotalSeconds:0} s, database {await database.SizeAsync() / 1024d / 1024d:0} MB");
            await using var host = await HostProcess.StartAsync(hostDll, database);
            var rawPort = HostProcess.FreePort();
            await using var raw = await RawInsightServer.StartAsync(database.SqliteFile, rawPort);
            using var app = new HttpClient { BaseAddress = host.Address, Timeout = TimeSpan.FromSeconds(30) };
            using var rawClient = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{rawPort}"), Timeout = TimeSpan.FromSeconds(30) };

            var queries = await QueriesAsync(app);
            var cold = new List<double>();
            foreach (var (appQuery, rawQuery) in queries)
            {
                var started = Stopwatch.GetTimestamp();
                var a = await app.GetFromJsonAsync<JsonElement>("/api/public/statistics" + appQuery);
                cold.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                var b = await rawClient.GetFromJsonAsync<JsonElement>("/raw/statistics" + rawQuery);
                if (Fingerprint(a) != RawFingerprint(b))
                {
                    throw new InvalidOperationException($"The endpoint and the raw query disagree on {appQuery}:\n{Fingerprint(a)}\n{RawFingerprint(b)}");
                }
            }

            var appPaths = queries.Select(q => "/api/public/statistics" + q.App).ToList();
            var rawPaths = queries.Select(q => "/raw/statistics" + q.Raw).ToList();
            var rounds = new List<(LoadResult Raw, LoadResult App)>();
            for (var round = 0; round < Rounds; round++)
            {
                var warm = round == 0 ? TimeSpan.FromSeconds(20) : TimeSpan.Zero;
                var rawLoad = await LoadRunner.RunAsync("raw SQL (ADO.NET, same aggregates)", rawClient, rawPaths, workers, warm, duration);
                var appLoad = await LoadRunner.RunAsync("GET /api/public/statistics", app, appPaths, workers, warm, duration);
                rounds.Add((rawLoad, appLoad));
            }

            results.Add((label, cold, rounds));
            if (activity == Sizes[^1].Activity)
            {
                var period = queries.First(q => q.App.StartsWith("?periodId=", StringComparison.Ordinal)).App;
                exports.Add(await ExportAsync(host, app, "every published report", "/api/public/progress-reports.xlsx"));
                exports.Add(await ExportAsync(host, app, "one period's", "/api/public/progress-reports.xlsx" + period));
                using var admin = await AdminAsync(host);
                exports.Add(await ExportAsync(host, admin, "an admin's list of every progress report, any state", "/api/progress-reports.xlsx"));
                exports.Add(await PeriodExportAsync(host, admin, period["?periodId=".Length..]));
            }
        }

        Console.WriteLine();
        Console.WriteLine($"(a) Statistics, SQLite, {workers} concurrent clients, {Rounds} alternating rounds of {duration.TotalSeconds:0} s per target:");
        Console.WriteLine("| data | round | target | req/s | p50 ms | p95 ms | p99 ms | requests | errors |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|---|");
        foreach (var (label, _, rounds) in results)
        {
            for (var i = 0; i < rounds.Count; i++)
            {
                Console.WriteLine($"| {label} | {i + 1} " + rounds[i].Raw.Row);
                Console.WriteLine($"| {label} | {i + 1} " + rounds[i].App.Row);
            }
        }

        foreach (var (label, cold, rounds) in results)
        {
            var ratios = rounds.Select(r => r.App.RequestsPerSecond / r.Raw.RequestsPerSecond).ToList();
            Console.WriteLine($"{label}: endpoint = {LoadRunner.Median(ratios):P0} of raw ({string.Join(", ", ratios.Select(r => r.ToString("P0", CultureInfo.InvariantCulture)))}), "
                + $"p95 {LoadRunner.Median(rounds.Select(r => r.App.P95).ToList()):0.00} ms; first request of each filter: median {LoadRunner.Median(cold):0} ms, slowest {cold.Max():0} ms");
        }

        if (results.Count == 2)
        {
            var p95 = results.Select(r => LoadRunner.Median(r.Rounds.Select(x => x.App.P95).ToList())).ToList();
            Console.WriteLine($"p95 at the larger size = {p95[1] / p95[0]:0.00}x its p95 at the smaller (target ≤ 1.5x)");
        }

        Console.WriteLine();
        Console.WriteLine("(b) Excel export at the larger size:");
        exports.ForEach(Console.WriteLine);
    }

    /// <summary>The mix: no filter, each period, the Congress, a status, a category, a Commission, a region.</summary>
    private static async Task<List<(string App, string Raw)>> QueriesAsync(HttpClient app)
    {
        var periods = (await app.GetFromJsonAsync<JsonElement>("/api/reporting-periods")).EnumerateArray().Select(p => p.GetProperty("id").GetGuid()).ToList();
        var all = await app.GetFromJsonAsync<JsonElement>("/api/public/statistics");
        var commission = all.GetProperty("breakdowns").EnumerateArray().Single(b => b.GetProperty("name").GetString() == "commission")
            .GetProperty("groups")[0].GetProperty("key").GetString();
        var queries = new List<(string, string)> { (string.Empty, string.Empty) };
        queries.AddRange(periods.Select(p => ($"?periodId={p}", $"?periodId={p}")));
        queries.Add(("?congress=WCC%202016", "?congress=WCC%202016"));
        queries.Add(("?status=underway", "?status=underway"));
        queries.Add(("?category=Fundraising", "?categoryBit=16"));
        queries.Add(($"?constituentId={commission}", $"?constituentId={commission}"));
        queries.Add(("?region=Africa", "?region=Africa"));
        queries.Add(($"?region=Africa&periodId={periods[0]}", $"?region=Africa&periodId={periods[0]}"));
        return queries;
    }

    private static string Fingerprint(JsonElement statistics) => string.Join(' ',
        statistics.GetProperty("progressReports").GetInt32(), string.Join(',', statistics.GetProperty("statusCounts").EnumerateArray().Select(c => c.GetInt32())),
        statistics.GetProperty("activityReports").GetInt32(), statistics.GetProperty("reportingOrganisations").GetInt32(),
        string.Join(',', statistics.GetProperty("breakdowns").EnumerateArray().Select(b =>
            $"{b.GetProperty("name").GetString()}={b.GetProperty("groups").EnumerateArray().Sum(g => g.GetProperty("total").GetInt32())}")));

    private static string RawFingerprint(JsonElement raw) => string.Join(' ',
        raw.GetProperty("progressReports").GetInt32(), string.Join(',', raw.GetProperty("statusCounts").EnumerateArray().Select(c => c.GetInt32())),
        raw.GetProperty("activityReports").GetInt32(), raw.GetProperty("reportingOrganisations").GetInt32(),
        string.Join(',', new[] { "congress", "commission", "region", "member-category", "action-category", "period" }
            .Select(name => $"{name}={raw.GetProperty("totals").GetProperty(name).GetInt32()}")));

    /// <summary>Downloads an Excel file once warm, timed, sampling the host's resident memory every 20 ms.</summary>
    private static async Task<string> ExportAsync(HostProcess host, HttpClient client, string label, string path)
    {
        (await client.GetAsync(path)).EnsureSuccessStatusCode(); // warm
        byte[] bytes = [];
        var (elapsed, before, peak) = await MeasureAsync(host, async () => bytes = await client.GetByteArrayAsync(path));
        using var workbook = new MemoryStream(bytes);
        var rows = MiniExcelLibs.MiniExcel.Query(workbook, useHeaderRow: true).Count();
        return $"- {label}: {rows:N0} rows, {bytes.Length / 1024d / 1024d:0.0} MB, {elapsed.TotalSeconds:0.00} s; host resident memory "
            + $"{before / 1024d / 1024d:0} MB before, peak {peak / 1024d / 1024d:0} MB (+{(peak - before) / 1024d / 1024d:0} MB)";
    }

    /// <summary>An admin's export of one period, from asking to ready, in the background: the request only queues it.</summary>
    private static async Task<string> PeriodExportAsync(HostProcess host, HttpClient admin, string periodId)
    {
        JsonElement export = default;
        var asked = TimeSpan.Zero;
        var (elapsed, before, peak) = await MeasureAsync(host, async () =>
        {
            var started = Stopwatch.GetTimestamp();
            var response = await admin.PostAsJsonAsync("/api/admin/period-exports", new { periodId });
            response.EnsureSuccessStatusCode();
            asked = Stopwatch.GetElapsedTime(started);
            do
            {
                await Task.Delay(500);
                export = await admin.GetFromJsonAsync<JsonElement>(response.Headers.Location);
            }
            while (export.GetProperty("status").GetString() is "queued" or "running");
        });
        if (export.GetProperty("status").GetString() != "ready")
        {
            throw new InvalidOperationException($"The period export failed: {export}");
        }

        return $"- a period's export (background): {export.GetProperty("reportCount").GetInt32():N0} reports; the request answered in "
            + $"{asked.TotalMilliseconds:0} ms, ready after {elapsed.TotalSeconds:0} s; workbook {export.GetProperty("workbookBytes").GetInt64() / 1024d / 1024d:0.0} MB, "
            + $"PDFs {export.GetProperty("archiveBytes").GetInt64() / 1024d / 1024d:0.0} MB; host resident memory {before / 1024d / 1024d:0} MB before, "
            + $"peak {peak / 1024d / 1024d:0} MB (+{(peak - before) / 1024d / 1024d:0} MB)";
    }

    private static async Task<(TimeSpan Elapsed, long Before, long Peak)> MeasureAsync(HostProcess host, Func<Task> work)
    {
        GC.Collect();
        await Task.Delay(1000);
        var before = host.WorkingSet;
        var peak = before;
        using var sampling = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!sampling.IsCancellationRequested)
            {
                peak = Math.Max(peak, host.WorkingSet);
                await Task.Delay(20);
            }
        });
        var started = Stopwatch.GetTimestamp();
        await work();
        var elapsed = Stopwatch.GetElapsedTime(started);
        await sampling.CancelAsync();
        await sampler;
        return (elapsed, before, peak);
    }

    private static async Task<HttpClient> AdminAsync(HostProcess host)
    {
        var admin = new HttpClient { BaseAddress = host.Address, Timeout = TimeSpan.FromMinutes(5) };
        var token = await (await admin.PostAsJsonAsync("/api/auth/token", new { email = "admin@demo.local", password = "Conserve-Nature-2026" }))
            .Content.ReadFromJsonAsync<JsonElement>();
        admin.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token.GetProperty("accessToken").GetString());
        return admin;
    }
}
