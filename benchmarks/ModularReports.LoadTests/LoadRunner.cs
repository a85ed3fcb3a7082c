using System.Diagnostics;

namespace ModularReports.LoadTests;

internal sealed record LoadResult(string Name, int Requests, int Errors, double Seconds, double P50, double P95, double P99)
{
    public double RequestsPerSecond => Requests / Seconds;

    public string Row => $"| {Name} | {RequestsPerSecond,8:0} | {P50,6:0.00} | {P95,6:0.00} | {P99,6:0.00} | {Requests} | {Errors} |";
}

/// <summary>A bounded closed-loop load: N workers send requests back to back for a fixed time, loopback only.</summary>
internal static class LoadRunner
{
    public static Task<LoadResult> RunAsync(string name, HttpClient client, IReadOnlyList<string> paths, int workers, TimeSpan warmup, TimeSpan duration) =>
        RunAsync(name, workers, warmup, duration, async (worker, i) =>
        {
            using var response = await client.GetAsync(paths[i % paths.Count], HttpCompletionOption.ResponseContentRead);
            _ = await response.Content.ReadAsByteArrayAsync();
            return response.IsSuccessStatusCode;
        });

    /// <summary>Any operation: <paramref name="step"/> gets the worker and a run-wide sequence number, and says whether it succeeded.</summary>
    public static async Task<LoadResult> RunAsync(string name, int workers, TimeSpan warmup, TimeSpan duration, Func<int, int, Task<bool>> step)
    {
        var sequence = -1;
        await RunPhaseAsync(workers, warmup, () => Interlocked.Increment(ref sequence), step, record: null);
        var latencies = new List<double>[workers];
        var errors = 0;
        var stopwatch = Stopwatch.StartNew();
        await RunPhaseAsync(workers, duration, () => Interlocked.Increment(ref sequence), step, (worker, ms, ok) =>
        {
            (latencies[worker] ??= []).Add(ms);
            if (!ok)
            {
                Interlocked.Increment(ref errors);
            }
        });
        var seconds = stopwatch.Elapsed.TotalSeconds;
        var all = latencies.Where(l => l is not null).SelectMany(l => l).Order().ToArray();
        return new LoadResult(name, all.Length, errors, seconds, Percentile(all, 0.50), Percentile(all, 0.95), Percentile(all, 0.99));
    }

    private static async Task RunPhaseAsync(
        int workers, TimeSpan duration, Func<int> next, Func<int, int, Task<bool>> step, Action<int, double, bool>? record)
    {
        var end = DateTime.UtcNow + duration;
        await Task.WhenAll(Enumerable.Range(0, workers).Select(async worker =>
        {
            while (DateTime.UtcNow < end)
            {
                var started = Stopwatch.GetTimestamp();
                bool ok;
                try
                {
                    ok = await step(worker, next());
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    ok = false; // refused, or no answer within the client's timeout: an error, counted
                }

                record?.Invoke(worker, Stopwatch.GetElapsedTime(started).TotalMilliseconds, ok);
            }
        }));
    }

    /// <summary>The middle value (the mean of the two middle ones for an even count).</summary>
    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }

    private static double Percentile(double[] sorted, double p) => sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)(p * sorted.Length))];
}
