using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace ModularReports.Testing;

/// <summary>
/// A TCP relay between the hosts under test and a server they use (the broker): closing it is, for them, that server
/// going away (open connections cut, new ones refused) without stopping the server other tests share; opening it again
/// on the same port is the server coming back.
/// </summary>
public sealed class TcpRelay : IAsyncDisposable
{
    private readonly string targetHost;
    private readonly int targetPort;
    private readonly ConcurrentDictionary<Socket, bool> sockets = new();
    private TcpListener? listener;
    private CancellationTokenSource? accepting;

    private TcpRelay(string targetHost, int targetPort, int port)
    {
        this.targetHost = targetHost;
        this.targetPort = targetPort;
        Port = port;
    }

    public int Port { get; }

    public static TcpRelay Open(string targetHost, int targetPort)
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var relay = new TcpRelay(targetHost, targetPort, ((IPEndPoint)probe.LocalEndpoint).Port);
        probe.Stop();
        relay.Open();
        return relay;
    }

    /// <summary>Accepts connections again, on the same port.</summary>
    public void Open()
    {
        var next = new TcpListener(IPAddress.Loopback, Port);
        next.Server.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
        next.Start();
        listener = next;
        accepting = new CancellationTokenSource();
        _ = AcceptAsync(next, accepting.Token);
    }

    /// <summary>Refuses new connections and cuts the open ones.</summary>
    public void Close()
    {
        accepting?.Cancel();
        listener?.Stop();
        listener = null;
        foreach (var socket in sockets.Keys)
        {
            Cut(socket);
        }
    }

    public ValueTask DisposeAsync()
    {
        Close();
        return ValueTask.CompletedTask;
    }

    private async Task AcceptAsync(TcpListener from, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            Socket client;
            try
            {
                client = await from.AcceptSocketAsync(cancellationToken);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

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
            try
            {
                socket.Shutdown(SocketShutdown.Both);
            }
            catch (Exception e) when (e is SocketException or ObjectDisposedException)
            {
                // Already gone.
            }

            socket.Dispose();
        }
    }
}
