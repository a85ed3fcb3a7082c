using ModularReports.BuildingBlocks.Hosting;

namespace ModularReports.BuildingBlocks.Messaging;

/// <summary>Wakes the outbox dispatcher as soon as a transaction with events commits.</summary>
public sealed class OutboxSignal : WakeSignal;
