using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;

namespace ModularReports.LoadTests;

/// <summary>
/// Issue 26's start-up measurements, side by side in one run: a blank ASP.NET Core application, the host's frameworks
/// alone (<c>benchmarks/ModularReports.FrameworksHost</c>: Razor Pages, EF Core and MassTransit on the node's database and
/// broker, one page) and a node of the host, each started as its own process on an existing database, from the process
/// start to the first 200 from <c>/health/ready</c>; then each one's first visit of its pages against the median of
/// later visits. The node runs as the deployment guide runs it (after the migrate step,
/// <c>Database:MigrateAtStart=false</c>), and, for comparison, migrating at start. On PostgreSQL with RabbitMQ when both
/// are configured, else on the embedded default.
/// </summary>
internal static partial class StartupBenchmark
{
    private const int Runs = 5;
    private const int WarmVisits = 5;

    public static async Task RunAsync(string hostDll, string blankDll, string frameworksDll, BenchDatabase database, IReadOnlyDictionary<string, string> broker)
    {
        var settings = new Dictionary<string, string>(database.HostSettings)
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Demo__Seed"] = "true",
            ["App__PublicUrl"] = "http://localhost",
            ["Identity__SignInRateLimit__PermitLimit"] = "100000",
            ["Logging__LogLevel__Default"] = "Warning",
        };
        foreach (var (key, value) in broker)
        {
            settings[key] = value;
        }

        await RunToEndAsync(hostDll, settings, database.Folder, "migrate");
        var stack = $"{database.Name}, {(broker.Count > 0 ? "RabbitMQ" : "in-memory bus")}";
        var blank = new List<double>();
        var frameworks = new List<double>();
        var node = new List<double>();
        var migrating = new List<double>();
        var pages = new Dictionary<string, (List<double> First, List<double> Warm)>();
        void Record((string Page, double First, double Warm) visit)
        {
            var times = pages.TryGetValue(visit.Page, out var known) ? known : pages[visit.Page] = ([], []);
            times.First.Add(visit.First);
            times.Warm.Add(visit.Warm);
        }

        for (var run = 0; run < Runs; run++)
        {
            foreach (var (dll, appSettings, times, label) in new[]
            {
                (blankDll, new Dictionary<string, string> { ["Logging__LogLevel__Default"] = "Warning" }, blank, "/ (blank application)"),
                (frameworksDll, settings, frameworks, "/ (frameworks alone)"),
            })
            {
                var (started, comparison, at) = await StartAsync(dll, appSettings, database.Folder, stop: false);
                times.Add(started);
                try
                {
                    using var visitor = Client(at);
                    Record(await TimeAsync(visitor, "/", label));
                }
                finally
                {
                    await StopAsync(comparison);
                }
            }

            var (ready, process, address) = await StartAsync(hostDll, new Dictionary<string, string>(settings) { ["Database__MigrateAtStart"] = "false" }, database.Folder, stop: false);
            node.Add(ready);
            try
            {
                foreach (var visit in await VisitPagesAsync(address))
                {
                    Record(visit);
                }
            }
            finally
            {
                await StopAsync(process);
            }

            migrating.Add((await StartAsync(hostDll, settings, database.Folder, stop: true)).Ready);
        }

        Console.WriteLine($"Start-up on {stack}, median of {Runs} starts each, alternating (ms from the process start to the first 200 from /health/ready):");
        Console.WriteLine();
        Console.WriteLine("| Process | Start to ready | Against the blank application |");
        Console.WriteLine("|---|---|---|");
        var baseline = Median(blank);
        Console.WriteLine($"| blank ASP.NET Core application | {baseline:0} ms | 1.0x |");
        Console.WriteLine($"| the host's frameworks alone (Razor Pages, EF Core, MassTransit; one page) | {Median(frameworks):0} ms | {Median(frameworks) / baseline:0.0}x |");
        Console.WriteLine($"| node after the migrate step (`Database:MigrateAtStart=false`) | {Median(node):0} ms | {Median(node) / baseline:0.0}x |");
        Console.WriteLine($"| node migrating at start (the default) | {Median(migrating):0} ms | {Median(migrating) / baseline:0.0}x |");
        Console.WriteLine();
        Console.WriteLine($"First visit of each page after a start against the median of {WarmVisits} visits after it (median over the {Runs} starts):");
        Console.WriteLine();
        Console.WriteLine("| Page | First visit | Warm | First against warm |");
        Console.WriteLine("|---|---|---|---|");
        foreach (var (page, (first, warm)) in pages)
        {
            Console.WriteLine($"| {page} | {Median(first):0} ms | {Median(warm):0.0} ms | {Median(first) / Median(warm):0.0}x |");
        }
    }

    /// <summary>
    /// The main pages of each kind of visitor: the public's, then a reporter's and a focal point's (signed in through the
    /// sign-in page, whose form is itself a first visit).
    /// </summary>
    private static async Task<List<(string Page, double First, double Warm)>> VisitPagesAsync(Uri address)
    {
        var results = new List<(string, double, double)>();
        using var visitor = Client(address);
        var resolution = ResolutionLink().Match(await visitor.GetStringAsync("/resolutions")).Value;
        foreach (var page in new[] { "/", "/resolutions", resolution, "/reports", "/dashboard", "/account/sign-in" })
        {
            results.Add(await TimeAsync(visitor, page, page == resolution ? "/resolutions/{id}" : page));
        }

        foreach (var (email, ownPages) in new[]
        {
            ("reporter@demo.local", new[] { "/activity-reports", "/notifications" }),
            ("focal.point@demo.local", new[] { "/tasks", "/progress-reports", "/follow-up" }),
        })
        {
            using var person = Client(address);
            var form = await person.GetStringAsync("/account/sign-in");
            var token = VerificationToken().Match(form).Groups[1].Value;
            using var signIn = await person.PostAsync("/account/sign-in", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Input.Email"] = email,
                ["Input.Password"] = "Conserve-Nature-2026",
                ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token),
            }));
            if (signIn.StatusCode != HttpStatusCode.Redirect)
            {
                throw new InvalidOperationException($"Signing in as {email} answered {(int)signIn.StatusCode}.");
            }

            foreach (var page in ownPages)
            {
                results.Add(await TimeAsync(person, page, page));
            }
        }

        return results;
    }

    private static async Task<(string, double, double)> TimeAsync(HttpClient client, string path, string label)
    {
        var first = await VisitAsync(client, path);
        var warm = new List<double>();
        for (var i = 0; i < WarmVisits; i++)
        {
            warm.Add(await VisitAsync(client, path));
        }

        return (label, first, Median(warm));
    }

    private static async Task<double> VisitAsync(HttpClient client, string path)
    {
        var started = Stopwatch.GetTimestamp();
        using var response = await client.GetAsync(path);
        await response.Content.ReadAsByteArrayAsync();
        var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        return response.StatusCode == HttpStatusCode.OK
            ? elapsed
            : throw new InvalidOperationException($"GET {path} answered {(int)response.StatusCode}.");
    }

    private static HttpClient Client(Uri address) =>
        new(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = address, Timeout = TimeSpan.FromSeconds(60) };

    /// <summary>Starts the process and times it to its first 200 from /health/ready, asked every 5 ms.</summary>
    private static async Task<(double Ready, Process Process, Uri Address)> StartAsync(
        string dll, IReadOnlyDictionary<string, string> settings, string folder, bool stop)
    {
        var address = new Uri($"http://127.0.0.1:{HostProcess.FreePort()}");
        var start = Start(dll, settings, folder, address);
        var started = Stopwatch.GetTimestamp();
        var process = Process.Start(start) ?? throw new InvalidOperationException($"{dll} did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(5) };
        while (Stopwatch.GetElapsedTime(started) < TimeSpan.FromMinutes(2))
        {
            try
            {
                using var ready = await client.GetAsync("/health/ready");
                if (ready.StatusCode == HttpStatusCode.OK)
                {
                    var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                    if (stop)
                    {
                        await StopAsync(process);
                    }

                    return (elapsed, process, address);
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            if (process.HasExited)
            {
                throw new InvalidOperationException($"{dll} exited with code {process.ExitCode} while starting.");
            }

            await Task.Delay(5);
        }

        await StopAsync(process);
        throw new TimeoutException($"{dll} was not ready within two minutes.");
    }

    private static async Task RunToEndAsync(string dll, IReadOnlyDictionary<string, string> settings, string folder, string command)
    {
        var start = Start(dll, settings, folder, new Uri($"http://127.0.0.1:{HostProcess.FreePort()}"));
        start.ArgumentList.Add(command);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{dll} {command} did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{dll} {command} failed with exit code {process.ExitCode}.");
        }
    }

    private static ProcessStartInfo Start(string dll, IReadOnlyDictionary<string, string> settings, string folder, Uri address)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        start.Environment["ASPNETCORE_URLS"] = address.ToString();
        foreach (var (key, value) in settings)
        {
            start.Environment[key] = value;
        }

        return start;
    }

    private static async Task StopAsync(Process process)
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    [GeneratedRegex("/resolutions/[0-9a-f-]{36}")]
    private static partial Regex ResolutionLink();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex VerificationToken();
}
