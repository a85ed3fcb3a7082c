using System.Threading.Channels;

namespace ModularReports.BuildingBlocks.Hosting;

/// <summary>
/// Wakes a background worker as soon as there is work for it (a commit), so it does not wait for its next poll.
/// Signals coalesce: many while the worker is busy cause one more pass.
/// </summary>
public abstract class WakeSignal
{
    private readonly Channel<bool> channel = Channel.CreateBounded<bool>(
        new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public void Notify() => channel.Writer.TryWrite(true);

    /// <summary>Waits for a signal or the timeout, whichever comes first.</summary>
    public async Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeoutSource.CancelAfter(timeout);
        try
        {
            await channel.Reader.ReadAsync(timeoutSource.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // The timeout elapsed: look anyway, for work another instance or an earlier run left behind.
        }
    }
}
