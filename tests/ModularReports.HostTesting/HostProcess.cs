using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Reflection;

namespace ModularReports.HostTesting;

/// <summary>
/// The built host run as a process of its own, as an operator runs it: settings as environment variables, a real
/// port, and a real end (SIGTERM, or SIGKILL as a crash or a power cut). Its output goes to a log file for the test
/// to show when something went wrong.
/// </summary>
public sealed class HostProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly OutputLog log;

    private HostProcess(Process process, OutputLog log, Uri address, string logFile)
    {
        this.process = process;
        this.log = log;
        Address = address;
        LogFile = logFile;
    }

    public Uri Address { get; }

    public string LogFile { get; }

    /// <summary>Starts the host and waits until it is ready (or, with <paramref name="waitUntilReady"/> false, until it answers at all).</summary>
    public static async Task<HostProcess> StartAsync(
        IReadOnlyDictionary<string, string?> settings, string workingDirectory, string logFile, bool waitUntilReady = true)
    {
        var address = new Uri($"http://127.0.0.1:{FreePort()}");
        var start = StartInfo(settings, workingDirectory, address);
        Directory.CreateDirectory(workingDirectory);
        var log = new OutputLog(logFile);
        log.Write($"--- started at {DateTime.UtcNow:O} on {address}");
        var process = Launch(start, log, logExit: true);
        var host = new HostProcess(process, log, address, logFile);
        try
        {
            await host.WaitUntilAsync(status => !waitUntilReady || status == HttpStatusCode.OK, TimeSpan.FromSeconds(90));
        }
        catch
        {
            await host.DisposeAsync(); // a host that did not start is not left running
            throw;
        }

        return host;
    }

    /// <summary>
    /// Several nodes started at the same moment; if one fails to start, those that did are stopped before the failure is
    /// thrown, so that no process outlives the test.
    /// </summary>
    public static async Task<HostProcess[]> StartManyAsync(int count, IReadOnlyDictionary<string, string?> settings, string workingDirectory)
    {
        var starts = Enumerable.Range(0, count).Select(n => StartAsync(settings, workingDirectory, Path.Combine(workingDirectory, $"node{n}.log"))).ToList();
        try
        {
            return await Task.WhenAll(starts);
        }
        catch
        {
            foreach (var started in starts.Where(s => s.IsCompletedSuccessfully))
            {
                await started.Result.DisposeAsync();
            }

            throw;
        }
    }

    /// <summary>Runs one of the host's commands (e.g. <c>migrate</c>) to its end; returns its exit code.</summary>
    public static async Task<int> RunCommandAsync(
        IReadOnlyDictionary<string, string?> settings, string workingDirectory, string logFile, params string[] command)
    {
        var start = StartInfo(settings, workingDirectory, new Uri($"http://127.0.0.1:{FreePort()}"));
        foreach (var argument in command)
        {
            start.ArgumentList.Add(argument);
        }

        Directory.CreateDirectory(workingDirectory);
        using var log = new OutputLog(logFile);
        using var process = Launch(start, log, logExit: false);
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"The host's command {string.Join(' ', command)} did not end within two minutes; see {logFile}.");
        }

        process.WaitForExit(); // and for the last of its output
        return process.ExitCode;
    }

    /// <summary>Starts the process with what it prints written to the log (and, for a node, when it exited).</summary>
    private static Process Launch(ProcessStartInfo start, OutputLog log, bool logExit)
    {
        var process = new Process { StartInfo = start, EnableRaisingEvents = logExit };
        process.OutputDataReceived += (_, e) => log.Write(e.Data);
        process.ErrorDataReceived += (_, e) => log.Write(e.Data);
        if (logExit)
        {
            process.Exited += (_, _) => log.Write($"--- exited at {DateTime.UtcNow:O}");
        }

        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static ProcessStartInfo StartInfo(IReadOnlyDictionary<string, string?> settings, string workingDirectory, Uri address)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(HostAssembly());
        start.Environment["ASPNETCORE_URLS"] = address.ToString();
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        return start;
    }

    public HttpClient CreateClient() => new() { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(30) };

    /// <summary>SIGKILL: the process ends at once, as in a crash; nothing of it runs any more.</summary>
    public async Task KillAsync()
    {
        process.Kill();
        await process.WaitForExitAsync();
    }

    /// <summary>SIGTERM: the graceful stop an orchestrator or Ctrl+C asks for; waits until the process has ended.</summary>
    public async Task StopAsync()
    {
        using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
            if (kill.ExitCode != 0)
            {
                throw new InvalidOperationException($"kill -TERM {process.Id} failed with exit code {kill.ExitCode}.");
            }
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
    }

    public bool HasExited => process.HasExited;

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            await KillAsync();
        }

        process.Dispose();
        log.Dispose();
    }

    private async Task WaitUntilAsync(Func<HttpStatusCode, bool> readiness, TimeSpan timeout)
    {
        using var client = CreateClient();
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The host exited with code {process.ExitCode} while starting; see {LogFile}.");
            }

            try
            {
                if (readiness((await client.GetAsync("/health/ready")).StatusCode))
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"The host did not become ready within {timeout}; see {LogFile}.");
    }

    /// <summary>The host's entry assembly as built beside the tests (same configuration), run with the SDK's <c>dotnet</c>.</summary>
    private static string HostAssembly()
    {
        var configuration = typeof(HostProcess).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Release";
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "ModularReports.sln")))
        {
            folder = folder.Parent;
        }

        var path = folder is null ? null : Path.Combine(folder.FullName, "src", "Host", "bin", configuration, "net10.0", "ModularReports.Host.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException($"The built host was not found (looked for {path}); build the solution first.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>The process's output, appended to a file by the output and error readers, which may still write as it ends.</summary>
    private sealed class OutputLog(string path) : IDisposable
    {
        private readonly StreamWriter writer = new(path, append: true) { AutoFlush = true };
        private bool closed;

        public void Write(string? line)
        {
            lock (writer)
            {
                if (line is not null && !closed)
                {
                    writer.WriteLine(line);
                }
            }
        }

        public void Dispose()
        {
            lock (writer)
            {
                closed = true;
                writer.Dispose();
            }
        }
    }
}
