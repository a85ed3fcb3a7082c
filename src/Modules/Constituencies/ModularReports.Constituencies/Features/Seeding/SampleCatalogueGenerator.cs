using ModularReports.BuildingBlocks.Hosting;
using ModularReports.Constituencies.Data;

namespace ModularReports.Constituencies.Features.Seeding;

/// <summary>
/// For load measurements: a Congress with enough resolutions for the reports to spread over (one progress report per
/// resolution and period), and 2,000 IUCN Members, with titles and names of realistic length.
/// </summary>
internal sealed class SampleCatalogueGenerator(ConstituenciesDbContext db, TimeProvider clock) : ISampleDataGenerator
{
    public const string CongressCode = "WCC 2016";

    private static readonly string[] Words =
    [
        "forest", "ocean", "wildlife", "trafficking", "biodiversity", "climate", "wetlands", "species", "protected", "areas", "indigenous",
        "peoples", "marine", "coral", "reefs", "mining", "seabed", "pollinators", "rivers", "mountains", "restoration", "finance",
    ];

    private static readonly string[] Countries = ["KE", "FR", "BR", "CO", "US", "IN", "ID", "ZA", "CH", "MX", "PE", "VN", "GH", "AU", "NO"];

    public int Order => 10;

    public async Task GenerateAsync(SampleDataSize size, CancellationToken cancellationToken)
    {
        var random = new Random(2016);
        var now = clock.GetUtcNow().UtcDateTime;
        var congress = await db.Congresses.SingleOrDefaultAsync(c => c.Code == CongressCode, cancellationToken);
        if (congress is null)
        {
            congress = new Congress { Id = Guid.CreateVersion7(), Code = CongressCode, Year = 2016, Place = "Honolulu, United States of America" };
            db.Congresses.Add(congress);
        }

        var existing = await db.Resolutions.CountAsync(r => r.CongressId == congress.Id, cancellationToken);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        for (var number = existing + 1; number <= size.Resolutions; number++)
        {
            var title = string.Join(' ', Enumerable.Range(0, random.Next(8, 16)).Select(_ => Words[random.Next(Words.Length)]));
            var resolution = new Resolution
            {
                Id = Guid.CreateVersion7(), CongressId = congress.Id, Kind = ResolutionKind.Resolution, Number = number,
                Code = ResolutionCode.Format(CongressCode, ResolutionKind.Resolution, number), TitleEn = char.ToUpperInvariant(title[0]) + title[1..],
            };
            resolution.RefreshSearchText();
            db.Resolutions.Add(resolution);
        }

        var members = await db.Constituents.CountAsync(c => c.Type == ConstituentType.Member, cancellationToken);
        for (var i = members; i < 2_000; i++)
        {
            db.Constituents.Add(new Constituent
            {
                Id = Guid.CreateVersion7(), Type = ConstituentType.Member, Name = $"Sample conservation society {i + 1:0000}", Acronym = $"SCS{i + 1}",
                CountryCode = Countries[i % Countries.Length], Region = Vocabularies.StatutoryRegions[i % Vocabularies.StatutoryRegions.Count],
                MembershipCategory = Vocabularies.MembershipCategories[i % Vocabularies.MembershipCategories.Count], CreatedAt = now, UpdatedAt = now,
            });
        }

        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }
}
