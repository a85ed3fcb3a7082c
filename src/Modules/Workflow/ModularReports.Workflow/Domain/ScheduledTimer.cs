namespace ModularReports.Workflow.Domain;

/// <summary>A timer waiting for a document: run out by the poller when due, deleted when the document leaves the state.</summary>
internal sealed class ScheduledTimer
{
    public Guid Id { get; init; }

    public required string DocumentType { get; init; }

    public Guid DocumentId { get; init; }

    public required string DefinitionKey { get; init; }

    public int Version { get; init; }

    public required string State { get; init; }

    public int TimerIndex { get; init; }

    public required string Action { get; init; }

    public required string Actors { get; init; }

    public string? Trigger { get; init; }

    public DateTime DueAt { get; init; }

    /// <summary>While set in the future, one poller is running the timer out; others leave it alone.</summary>
    public DateTime? LeaseUntil { get; set; }
}
