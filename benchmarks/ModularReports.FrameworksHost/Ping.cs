using MassTransit;

namespace ModularReports.FrameworksHost;

/// <summary>The one message the bus has a consumer for: enough for an endpoint of its own, as each of the node's consumers has.</summary>
internal sealed record Ping;

internal sealed class PingConsumer : IConsumer<Ping>
{
    public Task Consume(ConsumeContext<Ping> context) => Task.CompletedTask;
}
