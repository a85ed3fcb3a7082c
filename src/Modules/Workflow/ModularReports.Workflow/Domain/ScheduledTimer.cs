namespace ModularReports.Workflow.Domain;

/// <summary>A timer waiting in Hangfire for a document; the row is what lets leaving the state cancel it.</summary>
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

    public string? JobId { get; set; }
}
