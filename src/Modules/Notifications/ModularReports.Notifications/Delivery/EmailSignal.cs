using ModularReports.BuildingBlocks.Hosting;

namespace ModularReports.Notifications.Delivery;

/// <summary>Wakes the <see cref="EmailSender"/> when a unit of work has committed e-mails (or an admin resent one).</summary>
internal sealed class EmailSignal : WakeSignal;
