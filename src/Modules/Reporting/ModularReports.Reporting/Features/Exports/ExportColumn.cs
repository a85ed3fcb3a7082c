namespace ModularReports.Reporting.Features.Exports;

/// <summary>
/// A column of an export: its heading, its width in a spreadsheet (in characters) and its value for a row. A date
/// column (<see cref="OfDate"/>) also gives the date itself, so that a spreadsheet holds a date people can sort and
/// filter by, while CSV has it written out.
/// </summary>
internal sealed record ExportColumn<T>(string Header, double Width, Func<T, string> Value, bool IsLink = false, Func<T, DateOnly?>? Date = null)
{
    /// <summary>A column of dates, written as <c>yyyy-MM-dd</c> where text is wanted.</summary>
    public static ExportColumn<T> OfDate(string header, Func<T, DateOnly?> date) =>
        new(header, 12, row => date(row)?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty, Date: date);

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
