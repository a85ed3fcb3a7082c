using CsvHelper;
using ModularReports.BuildingBlocks.Hosting;
using ModularReports.Constituencies.Data;
using ModularReports.Constituencies.Features.Import;

namespace ModularReports.Constituencies.Features.Seeding;

/// <summary>
/// The IUCN Commissions 2021-2025 (commissions-2021-2025.csv), the IUCN Secretariat, the 2020 Congress in
/// Marseille and the verified sample of its resolutions (wcc2020-resolutions-sample.csv), added when missing.
/// </summary>
internal sealed class ReferenceDataSeeder(ConstituenciesDbContext db, ResolutionRows resolutions, TimeProvider clock) : IReferenceDataSeeder
{
    public const string SecretariatName = "IUCN Secretariat";

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var commissions = await db.Constituents.Where(c => c.Type == ConstituentType.Commission).Select(c => c.Acronym).ToListAsync(cancellationToken);
        using (var reader = new StreamReader(Open("commissions-2021-2025.csv")))
        using (var csv = new CsvReader(reader, CultureInfo.InvariantCulture))
        {
            foreach (var row in csv.GetRecords<CommissionRow>().Where(r => !commissions.Contains(r.acronym)))
            {
                var commission = new Constituent
                {
                    Id = Guid.CreateVersion7(),
                    Type = ConstituentType.Commission,
                    Name = row.name,
                    Acronym = row.acronym,
                    PeriodStart = row.period_start,
                    PeriodEnd = row.period_end,
                    CreatedAt = now,
                    UpdatedAt = now,
                };
                // IUCN's published name wins where it differs from the standard format (e.g. no acronym shown).
                if (ConstituentDisplay.Format(commission) != row.display_name)
                {
                    commission.DisplayNameOverride = row.display_name;
                }

                db.Constituents.Add(commission);
            }
        }

        if (!await db.Constituents.AnyAsync(c => c.Type == ConstituentType.Secretariat, cancellationToken))
        {
            db.Constituents.Add(new Constituent { Id = Guid.CreateVersion7(), Type = ConstituentType.Secretariat, Name = SecretariatName, CreatedAt = now, UpdatedAt = now });
        }

        if (!await db.Congresses.AnyAsync(c => c.Code == "WCC 2020", cancellationToken))
        {
            db.Congresses.Add(new Congress { Id = Guid.CreateVersion7(), Code = "WCC 2020", Year = 2021, Place = "Marseille, France" });
        }

        await db.SaveChangesAsync(cancellationToken);

        if (!await db.Resolutions.AnyAsync(cancellationToken))
        {
            using var stream = new MemoryStream();
            await Open("wcc2020-resolutions-sample.csv").CopyToAsync(stream, cancellationToken);
            var (columns, rows) = TabularFile.Read(stream.ToArray(), "sample.csv");
            var (valid, errors) = await resolutions.ValidateAsync(columns, rows, cancellationToken);
            if (errors.Count > 0)
            {
                throw new InvalidOperationException($"The shipped resolution sample is invalid: {errors[0]}");
            }

            await resolutions.ApplyAsync(valid, _ => Task.CompletedTask, cancellationToken);
        }
    }

    private static Stream Open(string file) =>
        typeof(ReferenceDataSeeder).Assembly.GetManifestResourceStream($"ModularReports.Constituencies.SeedData.{file}")
        ?? throw new InvalidOperationException($"{file} is not embedded.");

    // Column names as in the file.
#pragma warning disable IDE1006, CA1812
    private sealed record CommissionRow(string acronym, string name, int period_start, int period_end, string display_name);
#pragma warning restore IDE1006, CA1812
}
