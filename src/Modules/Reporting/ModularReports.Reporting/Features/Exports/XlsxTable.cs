using SpreadCheetah;
using SpreadCheetah.Styling;
using SpreadCheetah.Worksheets;

namespace ModularReports.Reporting.Features.Exports;

/// <summary>
/// Writes rows as one worksheet of an Excel workbook, forward only: each row goes out as it is read, so memory does not
/// grow with the number of rows. The heading row is bold and frozen, columns have the widths their content needs, and
/// links are links. Every value is a text cell, so nothing people typed runs as a formula.
/// </summary>
internal static class XlsxTable
{
    /// <summary>
    /// Writes the workbook to a temporary file, then sends it. A workbook is a zip archive, whose end is written
    /// synchronously when it closes, which a response stream refuses; the file also keeps memory flat.
    /// </summary>
    public static async Task SendAsync<T>(
        string sheetName, IReadOnlyList<ExportColumn<T>> columns, IAsyncEnumerable<T> rows, Stream output, CancellationToken cancellationToken)
    {
        await using var file = new FileStream(
            Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 64 * 1024, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        await WriteAsync(sheetName, columns, rows, file, cancellationToken);
        file.Position = 0;
        await file.CopyToAsync(output, cancellationToken);
    }

    /// <param name="sheetName">At most 31 characters, none of <c>/ \ * ? [ ]</c>: Excel's rule for a sheet's name.</param>
    public static async Task WriteAsync<T>(
        string sheetName, IReadOnlyList<ExportColumn<T>> columns, IAsyncEnumerable<T> rows, Stream output, CancellationToken cancellationToken)
    {
        await using var spreadsheet = await Spreadsheet.CreateNewAsync(output, cancellationToken: cancellationToken);
        var options = new WorksheetOptions { FrozenRows = 1 };
        for (var i = 0; i < columns.Count; i++)
        {
            options.Column(i + 1).Width = columns[i].Width;
        }

        await spreadsheet.StartWorksheetAsync(sheetName, options, cancellationToken);
        var heading = spreadsheet.AddStyle(new Style { Font = { Bold = true }, Alignment = { WrapText = true, Vertical = VerticalAlignment.Top } });
        var link = spreadsheet.AddStyle(new Style { Font = { Underline = Underline.Single, Color = System.Drawing.Color.FromArgb(0x0b, 0x57, 0xd0) } });
        await spreadsheet.AddRowAsync(columns.Select(c => new Cell(c.Header, heading)).ToArray(), cancellationToken);
        var cells = new Cell[columns.Count];
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            for (var i = 0; i < columns.Count; i++)
            {
                var value = columns[i].Cell(row);
                cells[i] = columns[i].IsLink && value.Length > 0
                    ? new Cell(new Formula($"HYPERLINK(\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\")"), value, link)
                    : new Cell(value);
            }

            await spreadsheet.AddRowAsync(cells, cancellationToken);
        }

        await spreadsheet.FinishAsync(cancellationToken);
    }
}
