namespace ModularReports.Workflow.Domain;

/// <summary>
/// The latest timer change applied to a document, by the document's version: a change made from an earlier version that
/// arrives afterwards (events are not always consumed in the order they happened) is ignored.
/// </summary>
internal sealed class AppliedTimerChange
{
    public required string DocumentType { get; init; }

    public Guid DocumentId { get; init; }

    public int DocumentVersion { get; set; }

    /// <summary>
    /// Whether a change made from <paramref name="version"/> comes after this one and is to be applied. Equal versions are
    /// two changes of events stored before versions were (0): they are applied in the order they arrive, as they were.
    /// </summary>
    public bool IsSupersededBy(int version) => version >= DocumentVersion;
}
