using System.Threading.Channels;

namespace ModularReports.BuildingBlocks.Messaging;

/// <summary>
/// Wakes the outbox dispatcher as soon as a transaction with events commits, so delivery does not wait
/// for the next poll. Signals coalesce: many commits while the dispatcher is busy cause one more pass.
/// </summary>
public sealed class OutboxSignal
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
            // Poll interval elapsed: look anyway, for messages another instance or an earlier run left behind.
        }
    }
}
