using ModularReports.Constituencies.Data;

namespace ModularReports.Constituencies.Features.Import;

/// <summary>
/// IUCN Members from a file with the columns <c>name, country, category</c> (required) and <c>acronym, region</c>
/// (optional). Country is an ISO 3166 alpha-2 code, category A-D, region a statutory region. Rows update by name and country.
/// </summary>
internal sealed class MemberRows(ConstituenciesDbContext db, TimeProvider clock)
{
    public static readonly string[] RequiredColumns = ["name", "country", "category"];

    internal sealed record Row(int Line, string Name, string? Acronym, string Country, string? Region, string Category)
    {
        public string Key => $"{Name.ToUpperInvariant()}|{Country}";
    }

    public (List<Row> Valid, List<ImportError> Errors) Validate(IReadOnlyList<string> columns, IReadOnlyList<TabularRow> rows)
    {
        var errors = RequiredColumns.Where(c => !columns.Contains(c)).Select(c => new ImportError(1, c, $"The column '{c}' is missing.")).ToList();
        if (errors.Count > 0)
        {
            return ([], errors);
        }

        var valid = new List<Row>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var rowErrors = new List<ImportError>();
            void Fail(string column, string message) => rowErrors.Add(new ImportError(row.Line, column, message));

            var name = row["name"];
            if (name is null)
            {
                Fail("name", "The name is required.");
            }
            else if (name.Length > Constituent.NameMaxLength)
            {
                Fail("name", $"The name is longer than {Constituent.NameMaxLength} characters.");
            }

            if (row["acronym"] is { Length: > Constituent.AcronymMaxLength })
            {
                Fail("acronym", $"The acronym is longer than {Constituent.AcronymMaxLength} characters.");
            }

            var country = row["country"]?.ToUpperInvariant();
            if (!Countries.IsKnown(country))
            {
                Fail("country", country is null ? "The country is required." : $"'{row["country"]}' is not an ISO 3166 country code (e.g. FR, US).");
            }

            var region = row["region"];
            if (region is not null && !Vocabularies.StatutoryRegions.Contains(region))
            {
                Fail("region", $"Unknown statutory region '{region}'.");
            }

            var category = row["category"]?.ToUpperInvariant();
            if (category is null || !Vocabularies.MembershipCategories.Contains(category))
            {
                Fail("category", "The membership category must be A, B, C or D.");
            }

            if (rowErrors.Count > 0)
            {
                errors.AddRange(rowErrors);
                continue;
            }

            var parsed = new Row(row.Line, name!, row["acronym"], country!, region, category!);
            if (seen.TryGetValue(parsed.Key, out var first))
            {
                errors.Add(new ImportError(row.Line, "name", $"{name} ({country}) is already on line {first}."));
                continue;
            }

            seen[parsed.Key] = row.Line;
            valid.Add(parsed);
        }

        return (valid, errors);
    }

    public async Task<ImportCounts> ApplyAsync(IReadOnlyList<Row> rows, Func<int, Task> progress, CancellationToken cancellationToken)
    {
        var existing = (await db.Constituents.Where(c => c.Type == ConstituentType.Member).ToListAsync(cancellationToken))
            .GroupBy(c => $"{c.Name.ToUpperInvariant()}|{c.CountryCode}")
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        int added = 0, updated = 0, unchanged = 0, done = 0;
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var batch in rows.Chunk(1000))
        {
            foreach (var row in batch)
            {
                if (!existing.TryGetValue(row.Key, out var member))
                {
                    member = new Constituent { Id = Guid.CreateVersion7(), Type = ConstituentType.Member, Name = row.Name, CreatedAt = now };
                    Copy(row, member, now);
                    db.Constituents.Add(member);
                    existing[row.Key] = member;
                    added++;
                }
                else if (Copy(row, member, now))
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

    private static bool Copy(Row row, Constituent c, DateTime now)
    {
        var changed = c.Name != row.Name || c.Acronym != row.Acronym || c.CountryCode != row.Country || c.Region != row.Region
            || c.MembershipCategory != row.Category || c.IsArchived;
        if (changed)
        {
            (c.Name, c.Acronym, c.CountryCode, c.Region, c.MembershipCategory, c.IsArchived, c.UpdatedAt) =
                (row.Name, row.Acronym, row.Country, row.Region, row.Category, false, now);
        }

        return changed;
    }
}
