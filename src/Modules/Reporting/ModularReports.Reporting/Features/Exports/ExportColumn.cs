namespace ModularReports.Reporting.Features.Exports;

/// <summary>A column of an export: its heading, its width in a spreadsheet (in characters) and its value for a row.</summary>
internal sealed record ExportColumn<T>(string Header, double Width, Func<T, string> Value, bool IsLink = false)
{
    /// <summary>
    /// The cell's text. A value that is only a dash is what people type for "nothing": the cell is left empty rather than
    /// showing a dash (or, escaped as a formula character, an apostrophe and a dash).
    /// </summary>
    public string Cell(T row)
    {
        var value = Value(row);
        return value.Length > 0 && value.All(c => c is '-' or '–' or '—' || char.IsWhiteSpace(c)) ? string.Empty : value;
    }
}
