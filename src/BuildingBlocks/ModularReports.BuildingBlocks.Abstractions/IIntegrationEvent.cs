namespace ModularReports.BuildingBlocks.Abstractions;

/// <summary>
/// A fact one module publishes for others. It travels through the sender's outbox, so it is only
/// seen by others once the change that raised it has been committed.
/// </summary>
public interface IIntegrationEvent
{
    /// <summary>When the change happened (UTC), as the sending module's clock saw it.</summary>
    DateTimeOffset OccurredAt { get; }
}
