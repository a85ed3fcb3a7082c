namespace ModularReports.Constituencies.Domain;

internal enum ImportKind
{
    Resolutions,
    Members,
}

internal enum ImportStatus
{
    Queued,
    Running,
    Completed,

    /// <summary>Some rows were invalid and the admin did not choose to import the valid ones: nothing changed.</summary>
    Rejected,
    Failed,
}

/// <summary>An uploaded file being imported in the background; its progress and result are shown to the admin.</summary>
internal sealed class ImportJob
{
    public Guid Id { get; init; }

    public ImportKind Kind { get; init; }

    public required string FileName { get; init; }

    public required byte[] Content { get; set; }

    public bool ImportValidRows { get; init; }

    public ImportStatus Status { get; set; }

    public int TotalRows { get; set; }

    public int ProcessedRows { get; set; }

    public int Added { get; set; }

    public int Updated { get; set; }

    public int Unchanged { get; set; }

    /// <summary>The invalid rows' errors as JSON: [{ line, column, message }].</summary>
    public string? ErrorsJson { get; set; }

    public int ErrorCount { get; set; }

    public string? Failure { get; set; }

    public required string CreatedBy { get; init; }

    public DateTime CreatedAt { get; init; }

    public DateTime? CompletedAt { get; set; }
}
