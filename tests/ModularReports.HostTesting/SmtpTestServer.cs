using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using MimeKit;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace ModularReports.HostTesting;

/// <summary>
/// A real SMTP server on a loopback port, inside the test: it can be down (nothing listens, connections are refused),
/// refuse messages with a temporary error, or accept them and keep what it received.
/// </summary>
public sealed class SmtpTestServer : IAsyncDisposable
{
    private readonly ConcurrentQueue<MimeMessage> received = new();
    private SmtpServer.SmtpServer? server;
    private CancellationTokenSource? stopping;
    private Task? running;
    private int refusalsLeft;

    private int refused;

    private SmtpTestServer(int port) => Port = port;

    public int Port { get; }

    public IReadOnlyList<MimeMessage> Received => received.ToArray();

    /// <summary>How many messages the server answered with a temporary error so far.</summary>
    public int Refused => Volatile.Read(ref refused);

    /// <summary>A server listening on a free port (or, with <paramref name="listening"/> false, a port nobody listens on yet).</summary>
    public static SmtpTestServer Create(bool listening = true)
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        var smtp = new SmtpTestServer(port);
        if (listening)
        {
            smtp.Start();
        }

        return smtp;
    }

    /// <summary>Host settings that send this host's e-mail here.</summary>
    public IReadOnlyDictionary<string, string?> Settings(params (string Key, string? Value)[] more)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Mail:Smtp:Host"] = "127.0.0.1",
            ["Mail:Smtp:Port"] = Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Mail:Smtp:Security"] = "None",
            ["Mail:Smtp:Timeout"] = "00:00:05",
        };
        foreach (var (key, value) in more)
        {
            settings[key] = value;
        }

        return settings;
    }

    public void Start()
    {
        if (server is not null)
        {
            return;
        }

        var options = new SmtpServerOptionsBuilder().ServerName("localhost").Endpoint(e => e.Endpoint(new IPEndPoint(IPAddress.Loopback, Port))).Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(new Store(this));
        server = new SmtpServer.SmtpServer(options, services);
        stopping = new CancellationTokenSource();
        running = server.StartAsync(stopping.Token);
    }

    /// <summary>The next <paramref name="count"/> messages get "452 try again later".</summary>
    public void RefuseNext(int count) => Volatile.Write(ref refusalsLeft, count);

    /// <summary>Takes one of the refusals left, if any; sessions run in parallel (the sender sends several at once).</summary>
    private bool TryRefuse()
    {
        // Below zero means none left; RefuseNext sets the count afresh.
        if (Interlocked.Decrement(ref refusalsLeft) < 0)
        {
            return false;
        }

        Interlocked.Increment(ref refused);
        return true;
    }

    public async Task<IReadOnlyList<MimeMessage>> WaitForAsync(int count, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(20));
        while (received.Count < count && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        return received.Count >= count ? Received : throw new TimeoutException($"The SMTP server received {received.Count} of {count} messages.");
    }

    public async ValueTask DisposeAsync()
    {
        if (server is not null)
        {
            server.Shutdown();
            await stopping!.CancelAsync();
            try
            {
                await running!;
            }
            catch (OperationCanceledException)
            {
            }

            stopping.Dispose();
        }
    }

    private sealed class Store(SmtpTestServer owner) : MessageStore
    {
        public override async Task<SmtpResponse> SaveAsync(
            ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            if (owner.TryRefuse())
            {
                return new SmtpResponse(SmtpReplyCode.InsufficientStorage, "Busy, try again later");
            }

            using var stream = new MemoryStream(buffer.ToArray());
            owner.received.Enqueue(await MimeMessage.LoadAsync(stream, cancellationToken));
            return SmtpResponse.Ok;
        }
    }
}
