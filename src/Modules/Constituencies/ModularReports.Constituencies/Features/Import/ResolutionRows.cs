using ModularReports.Constituencies.Data;

namespace ModularReports.Constituencies.Features.Import;

/// <summary>
/// Resolutions from a file with the columns <c>congress, type, number, title</c> (required) and <c>code, title_fr,
/// title_es, motion_number, status, summary, document_url</c> (optional), as in wcc2020-resolutions-sample.csv. Rows
/// update by code.
/// </summary>
internal sealed class ResolutionRows(ConstituenciesDbContext db)
{
    public static readonly string[] RequiredColumns = ["congress", "type", "number", "title"];

    internal sealed record Row(int Line, Guid CongressId, string Code, ResolutionKind Kind, int Number, string TitleEn, string? TitleFr, string? TitleEs, int? Motion, ResolutionStatus Status,
        string? Summary, string? DocumentUrl);

    public async Task<(List<Row> Valid, List<ImportError> Errors)> ValidateAsync(IReadOnlyList<string> columns, IReadOnlyList<TabularRow> rows, CancellationToken cancellationToken)
    {
        var errors = RequiredColumns.Where(c => !columns.Contains(c)).Select(c => new ImportError(1, c, $"The column '{c}' is missing.")).ToList();
        if (errors.Count > 0)
        {
            return ([], errors);
        }

        var congresses = await db.Congresses.AsNoTracking().ToDictionaryAsync(c => c.Code.ToUpperInvariant(), c => c, cancellationToken);
        var valid = new List<Row>();
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in rows)
        {
            var rowErrors = new List<ImportError>();
            void Fail(string column, string message) => rowErrors.Add(new ImportError(row.Line, column, message));

            Congress? congress = null;
            if (row["congress"] is not { } congressCode)
            {
                Fail("congress", "The congress is required.");
            }
            else if (!congresses.TryGetValue(congressCode.ToUpperInvariant(), out congress))
            {
                Fail("congress", $"Unknown congress '{congressCode}'.");
            }

            ResolutionKind? kind = row["type"]?.ToUpperInvariant() switch
            {
                "RESOLUTION" or "RES" => ResolutionKind.Resolution,
                "RECOMMENDATION" or "REC" => ResolutionKind.Recommendation,
                _ => null,
            };
            if (kind is null)
            {
                Fail("type", "The type must be Resolution or Recommendation.");
            }

            if (!int.TryParse(row["number"], NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number <= 0)
            {
                Fail("number", "The number must be a whole number above zero.");
            }

            var title = row["title"];
            if (title is null)
            {
                Fail("title", "The title is required.");
            }

            foreach (var (column, value) in new[] { ("title", title), ("title_fr", row["title_fr"]), ("title_es", row["title_es"]) })
            {
                if (value is { Length: > Resolution.TitleMaxLength })
                {
                    Fail(column, $"The title is longer than {Resolution.TitleMaxLength} characters.");
                }
            }

            int? motion = null;
            if (row["motion_number"] is { } motionText)
            {
                if (int.TryParse(motionText, NumberStyles.None, CultureInfo.InvariantCulture, out var m) && m > 0)
                {
                    motion = m;
                }
                else
                {
                    Fail("motion_number", "The motion number must be a whole number above zero.");
                }
            }

            if (row["summary"] is { Length: > Resolution.SummaryMaxLength })
            {
                Fail("summary", $"The summary is longer than {Resolution.SummaryMaxLength} characters.");
            }

            var documentUrl = row["document_url"];
            if (documentUrl is not null && (documentUrl.Length > Resolution.DocumentUrlMaxLength
                || !Uri.TryCreate(documentUrl, UriKind.Absolute, out var address) || (address.Scheme != Uri.UriSchemeHttps && address.Scheme != Uri.UriSchemeHttp)))
            {
                Fail("document_url", "The document's address must be a web address starting with https:// or http://.");
            }

            var status = ResolutionStatus.Active;
            if (row["status"] is { } statusText && !Enum.TryParse(statusText, ignoreCase: true, out status))
            {
                Fail("status", "The status must be active or archived.");
            }

            string? code = null;
            if (congress is not null && kind is not null && number > 0)
            {
                code = ResolutionCode.Format(congress.Code, kind.Value, number);
                var given = ResolutionCode.Parse(row["code"]);
                if (row["code"] is not null && (given is null || ResolutionCode.Format(given.Value.Congress, given.Value.Kind, given.Value.Number) != code))
                {
                    Fail("code", $"The code '{row["code"]}' does not match congress, type and number ({code}).");
                }
                else if (seen.TryGetValue(code, out var firstLine))
                {
                    Fail("code", $"{code} is already on line {firstLine}.");
                }
                else
                {
                    seen[code] = row.Line;
                }
            }

            if (rowErrors.Count > 0)
            {
                errors.AddRange(rowErrors);
            }
            else
            {
                valid.Add(new Row(row.Line, congress!.Id, code!, kind!.Value, number, title!, row["title_fr"], row["title_es"], motion, status, row["summary"], documentUrl));
            }
        }

        return (valid, errors);
    }

    /// <summary>Adds new codes and updates changed ones, in batches; reports progress after each.</summary>
    public async Task<ImportCounts> ApplyAsync(IReadOnlyList<Row> rows, Func<int, Task> progress, CancellationToken cancellationToken)
    {
        var existing = await db.Resolutions.ToDictionaryAsync(r => r.Code, StringComparer.OrdinalIgnoreCase, cancellationToken);
        int added = 0, updated = 0, unchanged = 0, done = 0;
        foreach (var batch in rows.Chunk(1000))
        {
            foreach (var row in batch)
            {
                if (!existing.TryGetValue(row.Code, out var resolution))
                {
                    resolution = new Resolution { Id = Guid.CreateVersion7(), Code = row.Code, TitleEn = row.TitleEn };
                    db.Resolutions.Add(resolution);
                    existing[row.Code] = resolution;
                    Copy(row, resolution);
                    added++;
                }
                else if (Copy(row, resolution))
                {
                    updated++;
                }
                else
                {
                    unchanged++;
                }
            }

            done += batch.Length;
            await progress(done);
            await db.SaveChangesAsync(cancellationToken);
        }

        return new ImportCounts(added, updated, unchanged);
    }

    /// <summary>Copies the row's values; true when anything changed.</summary>
    private static bool Copy(Row row, Resolution r)
    {
        var changed = r.CongressId != row.CongressId || r.Kind != row.Kind || r.Number != row.Number || r.TitleEn != row.TitleEn
            || r.TitleFr != row.TitleFr || r.TitleEs != row.TitleEs || r.MotionNumber != row.Motion || r.Status != row.Status
            || r.Summary != row.Summary || r.DocumentUrl != row.DocumentUrl;
        (r.CongressId, r.Kind, r.Number, r.TitleEn, r.TitleFr, r.TitleEs, r.MotionNumber, r.Status, r.Summary, r.DocumentUrl) =
            (row.CongressId, row.Kind, row.Number, row.TitleEn, row.TitleFr, row.TitleEs, row.Motion, row.Status, row.Summary, row.DocumentUrl);
        r.RefreshSearchText();
        return changed;
    }
}
