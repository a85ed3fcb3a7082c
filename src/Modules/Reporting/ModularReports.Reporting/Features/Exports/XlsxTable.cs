using SpreadCheetah;
using SpreadCheetah.Styling;
using SpreadCheetah.Worksheets;

namespace ModularReports.Reporting.Features.Exports;

/// <summary>One worksheet of an export: its name, its columns and its rows, read as they are written.</summary>
/// <param name="Name">At most 31 characters, none of <c>/ \ * ? [ ]</c>: Excel's rule for a sheet's name.</param>
internal sealed record XlsxSheet<T>(string Name, IReadOnlyList<ExportColumn<T>> Columns, IAsyncEnumerable<T> Rows) : IXlsxSheet
{
    public async Task AddToAsync(Spreadsheet spreadsheet, XlsxTable.Styles styles, CancellationToken cancellationToken)
    {
        var options = new WorksheetOptions { FrozenRows = 1 };
        for (var i = 0; i < Columns.Count; i++)
        {
            options.Column(i + 1).Width = Columns[i].Width;
        }

        await spreadsheet.StartWorksheetAsync(Name, options, cancellationToken);
        await spreadsheet.AddRowAsync(Columns.Select(c => new Cell(c.Header, styles.Heading)).ToArray(), cancellationToken);
        var cells = new Cell[Columns.Count];
        await foreach (var row in Rows.WithCancellation(cancellationToken))
        {
            for (var i = 0; i < Columns.Count; i++)
            {
                cells[i] = CellOf(Columns[i], row, styles);
            }

            await spreadsheet.AddRowAsync(cells, cancellationToken);
        }
    }

    private static Cell CellOf(ExportColumn<T> column, T row, XlsxTable.Styles styles)
    {
        if (column.Date is { } date)
        {
            return new Cell(date(row)?.ToDateTime(TimeOnly.MinValue), styles.Date);
        }

        var value = column.Cell(row);
        return column.IsLink && value.Length > 0
            ? new Cell(new Formula($"HYPERLINK(\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\")"), value, styles.Link)
            : new Cell(value);
    }
}

internal interface IXlsxSheet
{
    Task AddToAsync(Spreadsheet spreadsheet, XlsxTable.Styles styles, CancellationToken cancellationToken);
}

/// <summary>
/// Writes rows as worksheets of an Excel workbook, forward only: each row goes out as it is read, so memory does not
/// grow with the number of rows. The heading row is bold and frozen, columns have the widths their content needs, and
/// links are links, and dates are dates. Every other value is a text cell, so nothing people typed runs as a formula.
/// </summary>
internal static class XlsxTable
{
    internal sealed record Styles(StyleId Heading, StyleId Link, StyleId Date);

    /// <summary>
    /// Writes the workbook to a temporary file, then sends it. A workbook is a zip archive, whose end is written
    /// synchronously when it closes, which a response stream refuses; the file also keeps memory flat.
    /// </summary>
    public static async Task SendAsync<T>(
        string sheetName, IReadOnlyList<ExportColumn<T>> columns, IAsyncEnumerable<T> rows, Stream output, CancellationToken cancellationToken)
    {
        await using var file = TemporaryFile.Create();
        await WriteAsync(file, cancellationToken, new XlsxSheet<T>(sheetName, columns, rows));
        file.Position = 0;
        await file.CopyToAsync(output, cancellationToken);
    }

    public static async Task WriteAsync(Stream output, CancellationToken cancellationToken, params IXlsxSheet[] sheets)
    {
        await using var spreadsheet = await Spreadsheet.CreateNewAsync(output, cancellationToken: cancellationToken);
        var styles = new Styles(
            spreadsheet.AddStyle(new Style { Font = { Bold = true }, Alignment = { WrapText = true, Vertical = VerticalAlignment.Top } }),
            spreadsheet.AddStyle(new Style { Font = { Underline = Underline.Single, Color = System.Drawing.Color.FromArgb(0x0b, 0x57, 0xd0) } }),
            spreadsheet.AddStyle(new Style { Format = NumberFormat.Custom("yyyy-mm-dd") }));
        foreach (var sheet in sheets)
        {
            await sheet.AddToAsync(spreadsheet, styles, cancellationToken);
        }

        await spreadsheet.FinishAsync(cancellationToken);
    }
}
