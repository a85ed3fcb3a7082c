using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using MiniExcelLibs;

namespace ModularReports.Constituencies.Features.Import;

/// <summary>A row of an uploaded file: its line number as the admin sees it (header = line 1) and its cells by column.</summary>
internal sealed record TabularRow(int Line, IReadOnlyDictionary<string, string?> Cells)
{
    public string? this[string column] => Cells.TryGetValue(column, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
}

/// <summary>Reads CSV (UTF-8, with or without BOM; comma or semicolon) and XLSX files into rows keyed by header.</summary>
internal static class TabularFile
{
    public static IReadOnlyList<string> Extensions { get; } = [".csv", ".xlsx"];

    public static (IReadOnlyList<string> Columns, IReadOnlyList<TabularRow> Rows) Read(byte[] content, string fileName)
    {
        return Path.GetExtension(fileName).ToLowerInvariant() switch
        {
            ".xlsx" => ReadXlsx(content),
            ".csv" => ReadCsv(content),
            _ => throw new InvalidDataException($"Use a .csv or .xlsx file, not {Path.GetExtension(fileName)}."),
        };
    }

    private static (IReadOnlyList<string>, IReadOnlyList<TabularRow>) ReadCsv(byte[] content)
    {
        // Strict UTF-8: a file saved in another encoding is refused instead of silently garbling accents.
        string text;
        try
        {
            text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(content).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            throw new InvalidDataException("The file is not UTF-8 text. Save it as \"CSV UTF-8\" and upload it again.");
        }

        var firstLine = text.Split('\n', 2)[0];
        var delimiter = firstLine.Count(c => c == ';') > firstLine.Count(c => c == ',') ? ";" : ",";
        using var reader = new StringReader(text);
        using var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = delimiter,
            PrepareHeaderForMatch = a => a.Header.Trim().ToLowerInvariant(),
            BadDataFound = null,
            MissingFieldFound = null,
        });
        if (!csv.Read() || !csv.ReadHeader())
        {
            return ([], []);
        }

        var columns = csv.HeaderRecord!.Select(h => h.Trim().ToLowerInvariant()).ToList();
        var rows = new List<TabularRow>();
        while (csv.Read())
        {
            var cells = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
            for (var i = 0; i < columns.Count; i++)
            {
                cells[columns[i]] = csv.TryGetField<string>(i, out var value) ? value : null;
            }

            if (cells.Values.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            rows.Add(new TabularRow(csv.Parser.RawRow, cells));
        }

        return (columns, rows);
    }

    private static (IReadOnlyList<string>, IReadOnlyList<TabularRow>) ReadXlsx(byte[] content)
    {
        using var stream = new MemoryStream(content);
        var rows = new List<TabularRow>();
        List<string>? columns = null;
        var line = 1;
        foreach (IDictionary<string, object?> raw in stream.Query(useHeaderRow: true, excelType: ExcelType.XLSX))
        {
            line++;
            columns ??= raw.Keys.Select(k => k.Trim().ToLowerInvariant()).ToList();
            var cells = raw.ToDictionary(
                kv => kv.Key.Trim().ToLowerInvariant(),
                kv => kv.Value switch
                {
                    null => null,
                    double d => d.ToString(CultureInfo.InvariantCulture),
                    IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
                    var v => v.ToString(),
                },
                StringComparer.OrdinalIgnoreCase);
            if (cells.Values.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            rows.Add(new TabularRow(line, cells));
        }

        return (columns ?? [], rows);
    }
}
