using System.IO.Compression;
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

/// <summary>
/// Reads CSV (UTF-8, with or without BOM; comma or semicolon) and XLSX files into rows keyed by header. An XLSX file is a
/// zip: a small upload can unpack to gigabytes (one huge cell, a zip bomb), so its parts are unpacked within
/// <see cref="MaxUnpackedBytes"/> before the spreadsheet is read, and no cell may hold more than Excel itself allows.
/// </summary>
internal static class TabularFile
{
    public static IReadOnlyList<string> Extensions { get; } = [".csv", ".xlsx"];

    /// <summary>All of an XLSX file's parts together, unpacked: far beyond any catalogue or list of Members.</summary>
    public const long MaxUnpackedBytes = 50L * 1024 * 1024;

    /// <summary>Excel's own limit for one cell.</summary>
    public const int MaxCellCharacters = 32_767;

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

            rows.Add(CheckedRow(csv.Parser.RawRow, cells));
        }

        return (columns, rows);
    }

    private static (IReadOnlyList<string>, IReadOnlyList<TabularRow>) ReadXlsx(byte[] content)
    {
        CheckUnpackedSize(content);
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

            rows.Add(CheckedRow(line, cells));
        }

        return (columns ?? [], rows);
    }

    /// <summary>
    /// Unpacks every part, counting, and stops at the limit: the sizes a zip declares are the sender's word, so they are
    /// not trusted, and nothing is held in memory while counting.
    /// </summary>
    private static void CheckUnpackedSize(byte[] content)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content), ZipArchiveMode.Read);
            var buffer = new byte[81920];
            long total = 0;
            foreach (var entry in zip.Entries)
            {
                using var part = entry.Open();
                int read;
                while ((read = part.Read(buffer, 0, buffer.Length)) > 0)
                {
                    total += read;
                    if (total > MaxUnpackedBytes)
                    {
                        throw new InvalidDataException(
                            $"The spreadsheet unpacks to more than {MaxUnpackedBytes / (1024 * 1024)} MB. Split it, or save it as CSV UTF-8.");
                    }
                }
            }
        }
        catch (Exception e) when (e is not InvalidDataException)
        {
            throw new InvalidDataException("The file is not a readable .xlsx spreadsheet. Save it again from Excel, or as CSV UTF-8.", e);
        }
    }

    private static TabularRow CheckedRow(int line, Dictionary<string, string?> cells)
    {
        if (cells.FirstOrDefault(c => c.Value?.Length > MaxCellCharacters) is { Key: { } column })
        {
            throw new InvalidDataException($"Line {line}, column '{column}': a cell holds more than {MaxCellCharacters:N0} characters.");
        }

        return new TabularRow(line, cells);
    }
}
