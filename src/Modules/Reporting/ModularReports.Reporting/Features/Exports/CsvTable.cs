using CsvHelper;
using CsvHelper.Configuration;

namespace ModularReports.Reporting.Features.Exports;

/// <summary>
/// Writes rows as CSV (UTF-8 with a byte order mark so that spreadsheet programs keep the accents), flushing as it goes.
/// Text people typed must not run as a formula in a spreadsheet: a cell starting with =, +, -, @, a tab or a return is
/// prefixed with an apostrophe. Empty values stay empty.
/// </summary>
internal static class CsvTable
{
    private const int FlushEvery = 500;

    public static async Task WriteAsync<T>(IReadOnlyList<ExportColumn<T>> columns, IAsyncEnumerable<T> rows, Stream output, CancellationToken cancellationToken)
    {
        await using var writer = new StreamWriter(output, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true);
        await using var csv = new CsvWriter(writer, new CsvConfiguration(CultureInfo.InvariantCulture) { InjectionOptions = InjectionOptions.Escape });
        foreach (var column in columns)
        {
            csv.WriteField(column.Header);
        }

        await csv.NextRecordAsync();
        var written = 0;
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            foreach (var column in columns)
            {
                csv.WriteField(column.Cell(row));
            }

            await csv.NextRecordAsync();
            if (++written % FlushEvery == 0)
            {
                await csv.FlushAsync();
            }
        }

        await csv.FlushAsync();
    }
}
