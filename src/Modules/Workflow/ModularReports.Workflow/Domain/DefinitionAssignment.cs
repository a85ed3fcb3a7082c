namespace ModularReports.Workflow.Domain;

/// <summary>
/// Which definition new documents of a kind start on: for any Congress and kind of text, or for one Congress, one kind
/// of text (Resolution or Recommendation), or both. An empty <see cref="Congress"/> or <see cref="TextKind"/> means any.
/// </summary>
internal sealed class DefinitionAssignment
{
    public Guid Id { get; init; }

    public required string DocumentKind { get; init; }

    public string Congress { get; init; } = string.Empty;

    public string TextKind { get; init; } = string.Empty;

    public required string DefinitionKey { get; set; }

    public DateTime UpdatedAt { get; set; }

    public string? UpdatedBy { get; set; }

    /// <summary>The one for any Congress and any text: every kind of document has one.</summary>
    public bool IsDefault => Congress.Length == 0 && TextKind.Length == 0;

    public bool Applies(string? congress, string? textKind) =>
        (Congress.Length == 0 || Congress == congress) && (TextKind.Length == 0 || TextKind == textKind);

    /// <summary>The most specific choice wins: a Congress and a kind of text, then a Congress, then a kind of text, then any.</summary>
    public int Specificity => (Congress.Length > 0 ? 2 : 0) + (TextKind.Length > 0 ? 1 : 0);
}
