using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace ModularReports.LoadTests;

/// <summary>
/// Seeds 10,000 resolutions and 2,000 Members through the import API (timing the 10,000-row import and sampling its
/// progress), then loads the public search endpoint and the raw SQL baseline with the same requests.
/// </summary>
internal static class SearchBenchmark
{
    private static readonly string[] Words =
    [
        "forest", "ocean", "wildlife", "trafficking", "biodiversity", "climate", "wetlands", "species", "protected", "areas",
        "indigenous", "peoples", "marine", "coral", "reefs", "mining", "seabed", "pollinators", "rivers", "mountains",
    ];

    public static async Task RunAsync(string hostDll, int workers, TimeSpan duration)
    {
        await using var database = BenchDatabase.Sqlite();
        await using var host = await HostProcess.StartAsync(hostDll, database);
        using var admin = new HttpClient { BaseAddress = host.Address, Timeout = TimeSpan.FromMinutes(5) };
        var token = await (await admin.PostAsJsonAsync("/api/auth/token", new { email = "admin@demo.local", password = "Conserve-Nature-2026" }))
            .Content.ReadFromJsonAsync<JsonElement>();
        admin.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.GetProperty("accessToken").GetString());

        var (seconds, samples) = await ImportAsync(admin, "resolutions", ResolutionsCsv(10_000));
        Console.WriteLine($"Import of 10,000 resolutions: {seconds:0.0} s from upload to completion; progress seen: {string.Join(" → ", samples)}");
        var (memberSeconds, _) = await ImportAsync(admin, "members", MembersCsv(2_000));
        Console.WriteLine($"Import of 2,000 Members: {memberSeconds:0.0} s");

        var rawPort = HostProcess.FreePort();
        await using var raw = await RawSearchServer.StartAsync(database.SqliteFile, rawPort);
        var queries = Queries().ToList();
        using var appClient = new HttpClient { BaseAddress = host.Address };
        using var rawClient = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{rawPort}") };

        // Same answers from both, or the comparison means nothing.
        foreach (var q in queries.Take(8))
        {
            var a = await appClient.GetFromJsonAsync<JsonElement>("/api/resolutions" + q);
            var b = await rawClient.GetFromJsonAsync<JsonElement>("/raw/resolutions" + q);
            if (a.GetProperty("total").GetInt32() != b.GetProperty("total").GetInt32()
                || a.GetProperty("items").GetRawText().Length != b.GetProperty("items").GetRawText().Length)
            {
                throw new InvalidOperationException($"The endpoint and the raw query disagree on {q}.");
            }
        }

        var warmup = TimeSpan.FromSeconds(3);
        var rawResult = await LoadRunner.RunAsync("raw SQL (ADO.NET, same page)", rawClient, queries.Select(q => "/raw/resolutions" + q).ToList(), workers, warmup, duration);
        var appResult = await LoadRunner.RunAsync("GET /api/resolutions", appClient, queries.Select(q => "/api/resolutions" + q).ToList(), workers, warmup, duration);

        Console.WriteLine();
        Console.WriteLine($"Public search, 10,000 resolutions, SQLite, {workers} concurrent clients, {duration.TotalSeconds:0} s each:");
        Console.WriteLine("| target | req/s | p50 ms | p95 ms | p99 ms | requests | errors |");
        Console.WriteLine("|---|---|---|---|---|---|---|");
        Console.WriteLine(rawResult.Row);
        Console.WriteLine(appResult.Row);
        var ratio = appResult.RequestsPerSecond / rawResult.RequestsPerSecond;
        Console.WriteLine($"Endpoint throughput = {ratio:P0} of the raw query's (target: at least 50 %): {(ratio >= 0.5 ? "met" : "NOT met")}");
    }

    /// <summary>The mix: browsing pages, code look-ups in both spellings, words, a type filter.</summary>
    private static IEnumerable<string> Queries()
    {
        for (var i = 0; i < 40; i++)
        {
            yield return $"?page={1 + (i * 7 % 200)}&pageSize=20";
            yield return $"?q=WCC-2020-Res-{1 + (i * 97 % 9000):000}";
            yield return $"?q=WCC 2020 Rec {1 + (i * 89 % 9000)}";
            yield return $"?q={Words[i % Words.Length]}&page={1 + (i % 3)}";
            yield return $"?type=Recommendation&page={1 + (i % 10)}";
        }
    }

    private static async Task<(double Seconds, List<string> Progress)> ImportAsync(HttpClient admin, string kind, byte[] csv)
    {
        var started = Stopwatch.StartNew();
        using var form = new MultipartFormDataContent
        {
            { new StringContent(kind), "kind" },
            { new ByteArrayContent(csv), "file", $"{kind}.csv" },
        };
        var response = await admin.PostAsync("/api/admin/imports", form);
        response.EnsureSuccessStatusCode();
        var samples = new List<string>();
        while (true)
        {
            var job = await admin.GetFromJsonAsync<JsonElement>(response.Headers.Location);
            var status = job.GetProperty("status").GetString();
            var sample = $"{status} {job.GetProperty("processedRows").GetInt32()}/{job.GetProperty("totalRows").GetInt32()}";
            if (samples.Count == 0 || samples[^1] != sample)
            {
                samples.Add(sample);
            }

            if (status is "Completed" or "Rejected" or "Failed")
            {
                if (status != "Completed")
                {
                    throw new InvalidOperationException($"The {kind} import ended {status}: {job}");
                }

                return (started.Elapsed.TotalSeconds, samples);
            }

            await Task.Delay(50);
        }
    }

    private static byte[] ResolutionsCsv(int count)
    {
        var random = new Random(2020);
        var csv = new StringBuilder("congress,type,number,title,title_fr,motion_number\n");
        for (var n = 1; n <= count; n++)
        {
            var kind = n % 5 == 0 ? "Recommendation" : "Resolution";
            var title = string.Join(' ', Enumerable.Range(0, 8 + random.Next(8)).Select(_ => Words[random.Next(Words.Length)]));
            csv.Append(CultureInfo.InvariantCulture, $"WCC 2020,{kind},{n},Conserving {title},Conserver {title} (é),{n + 10}\n");
        }

        return Encoding.UTF8.GetBytes(csv.ToString());
    }

    private static byte[] MembersCsv(int count)
    {
        string[] countries = ["FR", "US", "KE", "BR", "CO", "IN", "JP", "ES", "MX", "ZA"];
        var csv = new StringBuilder("name,acronym,country,category\n");
        for (var n = 1; n <= count; n++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"Member organisation {n},M{n},{countries[n % countries.Length]},{"ABCD"[n % 4]}\n");
        }

        return Encoding.UTF8.GetBytes(csv.ToString());
    }
}
