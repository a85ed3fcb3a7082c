namespace ModularReports.Reporting.Domain;

/// <summary>What a line of report text is: a heading, an item of a list, a paragraph, or a blank line between blocks.</summary>
internal enum ReportLineKind
{
    Heading,
    ListItem,
    Paragraph,
    Blank,
}

/// <summary>
/// The little structure report text carries, as people write it and as consolidation writes it: a line starting
/// "## " is a heading (one per action category), a line starting "- " an item of a list. The stored text stays what
/// people wrote; readers get the structure (pages) or plain text without the marks (exports, e-mails).
/// </summary>
internal static class ReportMarkup
{
    public static IEnumerable<(ReportLineKind Kind, string Text)> Lines(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            yield break;
        }

        foreach (var raw in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            var line = raw.TrimEnd();
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                yield return (ReportLineKind.Heading, line[3..].Trim());
            }
            else if (line.StartsWith("- ", StringComparison.Ordinal))
            {
                yield return (ReportLineKind.ListItem, line[2..].Trim());
            }
            else
            {
                yield return (line.Length == 0 ? ReportLineKind.Blank : ReportLineKind.Paragraph, line);
            }
        }
    }

    /// <summary>The text without its marks: headings on their own line, list items after a bullet.</summary>
    public static string Plain(string? text) => string.Join('\n', Lines(text).Select(line => line.Kind switch
    {
        ReportLineKind.ListItem => "• " + line.Text,
        _ => line.Text,
    }));
}
