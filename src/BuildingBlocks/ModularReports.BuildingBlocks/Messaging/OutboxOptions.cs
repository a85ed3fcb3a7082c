namespace ModularReports.BuildingBlocks.Messaging;

/// <summary>Bound from <c>Messaging:Outbox</c>.</summary>
public sealed class OutboxOptions
{
    /// <summary>
    /// Whether this instance publishes committed events. Off on an instance that only serves requests while another
    /// instance of the same database dispatches (its events wait, safely committed, until one does).
    /// </summary>
    public bool Dispatch { get; set; } = true;

    /// <summary>How often to look for messages nobody signalled (left by a crash or another instance).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    public int BatchSize { get; set; } = 100;

    /// <summary>
    /// How long the dispatcher lets events gather after a commit woke it: under load commits come every few
    /// milliseconds, and one dispatch (a read, a claim, a save) then carries many of them instead of one or two.
    /// </summary>
    public TimeSpan GatherDelay { get; set; } = TimeSpan.FromMilliseconds(20);

    /// <summary>How long a claimed batch stays locked against other instances.</summary>
    public TimeSpan LockDuration { get; set; } = TimeSpan.FromMinutes(1);

    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Exponential backoff: 1 s, 2 s, 4 s ... capped.</summary>
    public TimeSpan RetryDelay(int attempts)
    {
        var factor = Math.Pow(2, Math.Min(attempts - 1, 20));
        var delay = TimeSpan.FromTicks((long)Math.Min(FirstRetryDelay.Ticks * factor, MaxRetryDelay.Ticks));
        return delay;
    }
}
