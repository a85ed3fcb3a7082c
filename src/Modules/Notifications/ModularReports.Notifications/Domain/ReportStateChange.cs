namespace ModularReports.Notifications.Domain;

/// <summary>
/// When a report last changed state, of the moves handled so far. Moves of one report may be handled out of order: a
/// request to review handled after the report has moved on is done from the start.
/// </summary>
internal sealed class ReportStateChange
{
    /// <summary>The report, as its notifications' keys start (<see cref="Notification.ReportKeyPrefix"/>).</summary>
    public required string ReportKey { get; init; }

    public DateTime ChangedAt { get; set; }
}
