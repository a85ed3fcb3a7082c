using ModularReports.BuildingBlocks.Hosting;
using ModularReports.Constituencies.Data;

namespace ModularReports.Constituencies.Features.Seeding;

/// <summary>A few IUCN Members, and the demo focal point assigned to two resolutions for the Secretariat.</summary>
internal sealed class DemoSeeder(ConstituenciesDbContext db, IUserDirectory users, TimeProvider clock) : IDemoDataSeeder
{
    public static readonly (string Name, string? Acronym, string Country, string Region, string Category)[] Members =
    [
        ("National Whistleblower Center", "NWC", "US", "North America and the Caribbean", "B"),
        ("Ministère de la Transition écologique", null, "FR", "West Europe", "A"),
        ("Fundación Natura Colombia", "FNC", "CO", "Meso and South America", "B"),
        ("Associação de Proteção à Natureza", "APN", "BR", "Meso and South America", "B"),
        ("Kenya Wildlife Service", "KWS", "KE", "Africa", "A"),
    ];

    public static readonly string[] FocalPointResolutions = ["WCC 2020 Res 054", "WCC 2020 Res 122"];

    public int Order => 10; // after the demo accounts

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (!await db.Constituents.AnyAsync(c => c.Type == ConstituentType.Member, cancellationToken))
        {
            foreach (var (name, acronym, country, region, category) in Members)
            {
                db.Constituents.Add(new Constituent
                {
                    Id = Guid.CreateVersion7(), Type = ConstituentType.Member, Name = name, Acronym = acronym, CountryCode = country,
                    Region = region, MembershipCategory = category, CreatedAt = now, UpdatedAt = now,
                });
            }
        }

        var focalPoint = await users.FindByEmailAsync("focal.point@demo.local", cancellationToken);
        var secretariat = await db.Constituents.FirstOrDefaultAsync(c => c.Type == ConstituentType.Secretariat, cancellationToken);
        if (focalPoint is not null && secretariat is not null && !await db.FocalPoints.AnyAsync(cancellationToken))
        {
            foreach (var resolution in await db.Resolutions.Where(r => FocalPointResolutions.Contains(r.Code)).ToListAsync(cancellationToken))
            {
                db.FocalPoints.Add(new FocalPoint
                {
                    Id = Guid.CreateVersion7(), ResolutionId = resolution.Id, UserId = focalPoint.Id, ConstituentId = secretariat.Id,
                    AssignedAt = now, AssignedBy = "demo",
                });
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
