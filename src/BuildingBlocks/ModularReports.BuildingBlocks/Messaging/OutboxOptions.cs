using ModularReports.BuildingBlocks.Hosting;

namespace ModularReports.BuildingBlocks.Messaging;

/// <summary>Bound from <c>Messaging:Outbox</c>.</summary>
public sealed class OutboxOptions
{
    /// <summary>
    /// Whether this node publishes committed events. Every node may: each sends its own events, two never claim the same
    /// one at once, and a repeat (after a claim ran out, a crash) is recognised by the consumers' inbox. Off on a node
    /// that only serves requests while dedicated nodes dispatch: on PostgreSQL its commits wake their dispatchers at once
    /// (ADR 33); elsewhere its events wait for their next poll.
    /// </summary>
    public bool Dispatch { get; set; } = true;

    /// <summary>How often to look for messages nobody signalled (left by a crash or another instance).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Messages claimed, published together and recorded per batch: larger batches carry a backlog through the broker
    /// with fewer round trips (docs/benchmarks.md, the outbox drain).
    /// </summary>
    public int BatchSize { get; set; } = 300;

    /// <summary>
    /// How long the dispatcher lets events gather after a commit woke it: under load commits come every few
    /// milliseconds, and one dispatch (a read, a claim, a save) then carries many of them instead of one or two.
    /// </summary>
    public TimeSpan GatherDelay { get; set; } = TimeSpan.FromMilliseconds(20);

    /// <summary>How long a claimed batch stays locked against other instances.</summary>
    public TimeSpan LockDuration { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// How long a batch's hand-overs may take from its claim; those not done by then are given up and tried again. A
    /// publish can wait forever on a connection the broker dropped (the RabbitMQ client does not always fail the
    /// confirmations it was waiting for), and would hold the dispatcher and the claim with it. Half the claim, so that
    /// the batch is recorded and released before another instance may take it.
    /// </summary>
    public TimeSpan HandOverTimeout => LockDuration / 2;

    /// <summary>
    /// How long after handing a message to the bus the dispatcher looks whether every consumer has recorded it, and hands
    /// it over again if not (a consumer faulted, or the broker lost it); the wait doubles with each redelivery, up to
    /// <see cref="MaxRedeliveryDelay"/>. Long enough that a backlog the consumers are still working through is not sent twice.
    /// </summary>
    public TimeSpan RedeliverAfter { get; set; } = TimeSpan.FromMinutes(2);

    public TimeSpan MaxRedeliveryDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// Set for the in-memory transport, whose queues end with the process: at start-up, what an earlier process handed over
    /// and no consumer recorded is handed over again at once rather than after <see cref="RedeliverAfter"/>.
    /// </summary>
    internal bool TransportLosesMessagesOnStop { get; set; }

    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Exponential backoff: 1 s, 2 s, 4 s ... capped.</summary>
    public TimeSpan RetryDelay(int attempts) => Backoff.Doubling(FirstRetryDelay, MaxRetryDelay, attempts);

    /// <summary>How long to wait for the consumers after the message's <paramref name="redeliveries"/>th redelivery (0: its first hand-over).</summary>
    public TimeSpan ConsumerWait(int redeliveries) => Backoff.Doubling(RedeliverAfter, MaxRedeliveryDelay, redeliveries + 1);
}
