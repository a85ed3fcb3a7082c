using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace ModularReports.LoadTests;

/// <summary>The application, built in Release, running as its own process on a loopback port with a fresh database.</summary>
internal sealed class HostProcess : IAsyncDisposable
{
    private Process process;

    private HostProcess(Process process, Uri address, string folder)
    {
        this.process = process;
        Address = address;
        Folder = folder;
    }

    public Uri Address { get; }

    public string Folder { get; }

    public string DatabaseFile => Path.Combine(Folder, "bench.db");

    /// <summary>The CPU time the host has used so far (all its threads).</summary>
    public TimeSpan CpuTime
    {
        get
        {
            process.Refresh();
            return process.TotalProcessorTime;
        }
    }

    /// <summary>Runs the host's <c>generate-data</c> command into a new folder's database; returns the folder and how long it took.</summary>
    public static async Task<(string Folder, TimeSpan Took)> GenerateAsync(string hostDll, int activityReports, int progressReports)
    {
        var folder = Directory.CreateTempSubdirectory("modularreports-bench-").FullName;
        var started = Stopwatch.GetTimestamp();
        using var process = Process.Start(Start(hostDll, folder, FreePort(), $"generate-data {activityReports} {progressReports}"))
            ?? throw new InvalidOperationException("The generator did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"generate-data failed with exit code {process.ExitCode}.");
        }

        return (folder, Stopwatch.GetElapsedTime(started));
    }

    public static async Task<HostProcess> StartAsync(string hostDll, string? existingFolder = null)
    {
        var folder = existingFolder ?? Directory.CreateTempSubdirectory("modularreports-bench-").FullName;
        var address = new Uri($"http://127.0.0.1:{FreePort()}");
        return new HostProcess(await LaunchAsync(hostDll, folder, address, new Dictionary<string, string>()), address, folder);
    }

    /// <summary>
    /// Stops the host (as a crash would: committed work is kept) and starts it again on the same database, address and
    /// folder with these settings on top of the usual ones, e.g. <c>Messaging__Outbox__Dispatch=false</c>.
    /// </summary>
    public async Task RestartAsync(string hostDll, IReadOnlyDictionary<string, string> settings)
    {
        await StopAsync();
        process = await LaunchAsync(hostDll, Folder, Address, settings);
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

    private static async Task<Process> LaunchAsync(string hostDll, string folder, Uri address, IReadOnlyDictionary<string, string> settings)
    {
        var start = Start(hostDll, folder, address.Port, string.Empty);
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

    private static ProcessStartInfo Start(string hostDll, string folder, int port, string arguments)
    {
        var start = new ProcessStartInfo("dotnet", $"\"{hostDll}\" {arguments}")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        start.Environment["ConnectionStrings__Default"] = $"Data Source={Path.Combine(folder, "bench.db")}";
        start.Environment["Demo__Seed"] = "true";
        start.Environment["Identity__SignInRateLimit__PermitLimit"] = "100000";
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

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
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
