namespace ModularReports.Reporting.Features.Exports;

/// <summary>
/// A report laid out for paper, as its page shows it: title, the facts under it, then each section with its questions
/// and answers. Answers are plain paragraphs; a list item starts with a bullet.
/// </summary>
internal sealed record ReportDocument(
    string Title, string Subtitle, string? FactsHeading, IReadOnlyList<DocumentFact> Facts, IReadOnlyList<DocumentSection> Sections, string Footer, string Language);

internal sealed record DocumentFact(string Label, string Value);

internal sealed record DocumentSection(string Heading, IReadOnlyList<DocumentAnswer> Answers);

/// <summary>A question's label (none for a section's only text) and its answer's paragraphs.</summary>
internal sealed record DocumentAnswer(string? Label, IReadOnlyList<string> Paragraphs)
{
    public static DocumentAnswer Text(string? label, string? markup, string empty = "—")
    {
        var plain = ReportMarkup.Plain(markup);
        return new DocumentAnswer(label, string.IsNullOrWhiteSpace(plain) ? [empty] : plain.Split('\n'));
    }

    public static DocumentAnswer List(string? label, IEnumerable<string> items, string? empty = "—")
    {
        var lines = items.Select(i => "• " + i).ToList();
        return new DocumentAnswer(label, lines.Count == 0 && empty is not null ? [empty] : lines);
    }
}
