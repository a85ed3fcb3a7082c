using MassTransit;
using Microsoft.Extensions.Options;

namespace ModularReports.BuildingBlocks.Messaging;

/// <summary>Bound from <c>Messaging:Inbox</c>: how inbox consumers gather messages into batches (ADR 15).</summary>
public sealed class InboxOptions
{
    /// <summary>At most this many messages per batch.</summary>
    public int BatchSize { get; set; } = 300;

    /// <summary>A batch that is not full is consumed this long after its first message arrived.</summary>
    public TimeSpan BatchTimeLimit { get; set; } = TimeSpan.FromMilliseconds(50);
}

/// <summary>
/// Every inbox consumer takes its messages in batches, one batch at a time per consumer and instance: background work
/// then uses at most one thread per consumer, and requests keep the rest of the machine.
/// </summary>
public sealed class InboxConsumerDefinition<TConsumer>(IOptions<InboxOptions> options) : ConsumerDefinition<TConsumer>
    where TConsumer : class, IConsumer
{
    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator, IConsumerConfigurator<TConsumer> consumerConfigurator, IRegistrationContext context) =>
        consumerConfigurator.Options<BatchOptions>(batch => batch
            .SetMessageLimit(options.Value.BatchSize)
            .SetTimeLimit(options.Value.BatchTimeLimit)
            .SetConcurrencyLimit(1));
}
