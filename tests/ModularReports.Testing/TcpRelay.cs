using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace ModularReports.Testing;

/// <summary>
/// A TCP relay between the hosts under test and a server they use (the broker): closing it is, for them, that server
/// going away (open connections reset, new ones reset as they come) without stopping the server other tests share;
/// opening it again is the server coming back. The port stays bound throughout, so nothing else can take it meanwhile.
/// </summary>
public sealed class TcpRelay : IAsyncDisposable
{
    private readonly string targetHost;
    private readonly int targetPort;
    private readonly TcpListener listener;
    private readonly CancellationTokenSource disposed = new();
    private readonly ConcurrentDictionary<Socket, bool> sockets = new();
    private volatile bool closed;
    private int relayed;

    private TcpRelay(string targetHost, int targetPort)
    {
        this.targetHost = targetHost;
        this.targetPort = targetPort;
        listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        _ = AcceptAsync(disposed.Token);
    }

    public int Port => ((IPEndPoint)listener.LocalEndpoint).Port;

    /// <summary>Connections relayed so far, for a test's failure report (did clients get through after <see cref="Open()"/>?).</summary>
    public int Relayed => Volatile.Read(ref relayed);

    public static TcpRelay Open(string targetHost, int targetPort) => new(targetHost, targetPort);

    /// <summary>Relays connections again.</summary>
    public void Open() => closed = false;

    /// <summary>Resets the open connections, and every new one until <see cref="Open()"/>.</summary>
    public void Close()
    {
        closed = true;
        foreach (var socket in sockets.Keys)
        {
            Cut(socket);
        }
    }

    public ValueTask DisposeAsync()
    {
        disposed.Cancel();
        listener.Stop();
        Close();
        disposed.Dispose();
        return ValueTask.CompletedTask;
    }

    private async Task AcceptAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            Socket client;
            try
            {
                client = await listener.AcceptSocketAsync(cancellationToken);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            if (closed)
            {
                Reset(client);
                continue;
            }

            Interlocked.Increment(ref relayed);
            _ = RelayAsync(client);
        }
    }

    private async Task RelayAsync(Socket client)
    {
        var server = new Socket(SocketType.Stream, ProtocolType.Tcp);
        sockets[client] = true;
        sockets[server] = true;
        try
        {
            await server.ConnectAsync(targetHost, targetPort);
            await Task.WhenAny(PumpAsync(client, server), PumpAsync(server, client));
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException)
        {
            // Cut, or the server refused: the client sees its connection end.
        }
        finally
        {
            Cut(client);
            Cut(server);
        }
    }

    private static async Task PumpAsync(Socket from, Socket to)
    {
        var buffer = new byte[16 * 1024];
        try
        {
            int read;
            while ((read = await from.ReceiveAsync(buffer, SocketFlags.None)) > 0)
            {
                var sent = 0;
                while (sent < read)
                {
                    sent += await to.SendAsync(buffer.AsMemory(sent, read - sent), SocketFlags.None);
                }
            }
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException)
        {
            // One side went away.
        }
    }

    private void Cut(Socket socket)
    {
        if (sockets.TryRemove(socket, out _))
        {
            Reset(socket);
        }
    }

    /// <summary>Ends the connection as a server that went away does: a reset, not a goodbye.</summary>
    private static void Reset(Socket socket)
    {
        try
        {
            socket.LingerState = new LingerOption(true, 0);
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException)
        {
            // Already gone.
        }

        socket.Dispose();
    }
}
