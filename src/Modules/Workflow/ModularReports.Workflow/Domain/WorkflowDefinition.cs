namespace ModularReports.Workflow.Domain;

/// <summary>A review process admins maintain: its working draft and, separately, its published versions.</summary>
internal sealed class WorkflowDefinition : IVersioned
{
    public Guid Id { get; init; }

    public required string Key { get; init; }

    /// <summary>The JSON being edited; may be invalid until published.</summary>
    public required string DraftJson { get; set; }

    public DateTime DraftUpdatedAt { get; set; }

    public string? DraftUpdatedBy { get; set; }

    /// <summary>The number of the current (latest) published version, 0 before the first.</summary>
    public int CurrentVersion { get; set; }

    public int Version { get; set; }
}

/// <summary>A published version: immutable; documents started on it stay on it.</summary>
internal sealed class WorkflowDefinitionVersion
{
    public Guid Id { get; init; }

    public Guid DefinitionId { get; init; }

    public required string Key { get; init; }

    public int Number { get; init; }

    public required string Json { get; init; }

    public DateTime PublishedAt { get; init; }

    public required string PublishedBy { get; init; }
}
