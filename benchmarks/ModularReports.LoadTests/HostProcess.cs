using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace ModularReports.LoadTests;

/// <summary>The application, built in Release, running as its own process on a loopback port on a benchmark's database.</summary>
internal sealed class HostProcess : IAsyncDisposable
{
    private readonly BenchDatabase database;
    private Process process;

    private HostProcess(Process process, Uri address, BenchDatabase database)
    {
        this.process = process;
        Address = address;
        this.database = database;
    }

    public Uri Address { get; }

    /// <summary>The host's resident memory now, in bytes (what the operating system gives it).</summary>
    public long WorkingSet
    {
        get
        {
            process.Refresh();
            return process.WorkingSet64;
        }
    }

    /// <summary>The CPU time the host has used so far (all its threads).</summary>
    public TimeSpan CpuTime
    {
        get
        {
            process.Refresh();
            return process.TotalProcessorTime;
        }
    }

    /// <summary>Runs the host's <c>generate-data</c> command into the database; returns how long it took.</summary>
    public static async Task<TimeSpan> GenerateAsync(string hostDll, BenchDatabase database, int activityReports, int progressReports)
    {
        var started = Stopwatch.GetTimestamp();
        using var process = Process.Start(Start(hostDll, database, FreePort(), $"generate-data {activityReports} {progressReports}"))
            ?? throw new InvalidOperationException("The generator did not start.");
        // The last lines it printed, to say why if it fails.
        var said = new System.Collections.Concurrent.ConcurrentQueue<string>();
        void Keep(object _, DataReceivedEventArgs e)
        {
            if (e.Data is not null)
            {
                said.Enqueue(e.Data);
                if (said.Count > 20)
                {
                    said.TryDequeue(out var _);
                }
            }
        }

        process.OutputDataReceived += Keep;
        process.ErrorDataReceived += Keep;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await process.WaitForExitAsync();
        process.WaitForExit(); // and for the last of its output
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"generate-data failed with exit code {process.ExitCode}:\n{string.Join('\n', said)}");
        }

        return Stopwatch.GetElapsedTime(started);
    }

    public static async Task<HostProcess> StartAsync(string hostDll, BenchDatabase database) =>
        await StartAsync(hostDll, database, new Dictionary<string, string>());

    /// <summary>The host with these settings on top of the usual ones (e.g. a broker's).</summary>
    public static async Task<HostProcess> StartAsync(string hostDll, BenchDatabase database, IReadOnlyDictionary<string, string> settings)
    {
        var address = new Uri($"http://127.0.0.1:{FreePort()}");
        return new HostProcess(await LaunchAsync(hostDll, database, address, settings), address, database);
    }

    /// <summary>
    /// Stops the host (as a crash would: committed work is kept) and starts it again on the same database and address
    /// with these settings on top of the usual ones, e.g. <c>Messaging__Outbox__Dispatch=false</c>.
    /// </summary>
    public async Task RestartAsync(string hostDll, IReadOnlyDictionary<string, string> settings)
    {
        await StopAsync();
        process = await LaunchAsync(hostDll, database, Address, settings);
    }

    private async Task StopAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
    }

    private static async Task<Process> LaunchAsync(string hostDll, BenchDatabase database, Uri address, IReadOnlyDictionary<string, string> settings)
    {
        var start = Start(hostDll, database, address.Port, string.Empty);
        foreach (var (key, value) in settings)
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("The host did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) Console.Error.WriteLine($"[host] {e.Data}"); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var client = new HttpClient { BaseAddress = address };
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                if ((await client.GetAsync("/health/ready")).StatusCode == HttpStatusCode.OK)
                {
                    return process;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }

            await Task.Delay(250);
        }

        process.Kill(entireProcessTree: true);
        throw new TimeoutException("The host was not ready within 90 seconds.");
    }

    private static ProcessStartInfo Start(string hostDll, BenchDatabase database, int port, string arguments)
    {
        var start = new ProcessStartInfo("dotnet", $"\"{hostDll}\" {arguments}")
        {
            WorkingDirectory = database.Folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        foreach (var (key, value) in database.HostSettings)
        {
            start.Environment[key] = value;
        }

        start.Environment["Demo__Seed"] = "true";
        start.Environment["Identity__SignInRateLimit__PermitLimit"] = "100000";
        start.Environment["RateLimits__PublicSearch__PermitLimit"] = "100000000"; // one client, the load script, makes every request
        start.Environment["RateLimits__PublicExport__PermitLimit"] = "100000";
        start.Environment["BackgroundJobs__PollInterval"] = "00:00:01";
        // Events written or released by the raw baselines (another process) are found by polling; this finds them about
        // as soon as the application's own are found by their commit signal.
        start.Environment["Messaging__Outbox__PollInterval"] = "00:00:00.100";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        return start;
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Stops the host; the database is its owner's to dispose of.</summary>
    public async ValueTask DisposeAsync() => await StopAsync();
}
