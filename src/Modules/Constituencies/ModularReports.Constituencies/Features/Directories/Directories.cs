using ModularReports.Constituencies.Contracts;
using ModularReports.Constituencies.Data;

namespace ModularReports.Constituencies.Features.Directories;

/// <summary>
/// Answers other modules' questions about constituents; look-ups by id are kept briefly (<see cref="DirectoryCache"/>),
/// for each language apart, as a display name holds the country's name in the reader's language.
/// </summary>
internal sealed class ConstituentDirectory(ConstituenciesDbContext db, DirectoryCache cache) : IConstituentDirectory
{
    public async Task<ConstituentRef?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        (await FindManyAsync([id], cancellationToken)).GetValueOrDefault(id);

    public Task<IReadOnlyDictionary<Guid, ConstituentRef>> FindManyAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken) =>
        cache.GetOrLoadManyAsync<Guid, ConstituentRef>(
            ConstituenciesDbContext.SchemaName, "constituent/" + CultureInfo.CurrentUICulture.TwoLetterISOLanguageName, ids, async missing =>
            (await db.Constituents.AsNoTracking().Where(c => missing.Contains(c.Id)).ToListAsync(cancellationToken)).ToDictionary(c => c.Id, ToRef));

    public async Task<IReadOnlyList<Guid>> MembersAsync(string? region, string? membershipCategory, CancellationToken cancellationToken) =>
        await db.Constituents.AsNoTracking()
            .Where(c => c.Type == ConstituentType.Member && (region == null || c.Region == region) && (membershipCategory == null || c.MembershipCategory == membershipCategory))
            .Select(c => c.Id).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<ConstituentRef>> SearchAsync(string? text, IReadOnlyCollection<string>? types, int max, CancellationToken cancellationToken)
    {
        var query = db.Constituents.AsNoTracking().Where(c => !c.IsArchived);
        if (!string.IsNullOrWhiteSpace(text))
        {
            var term = text.Trim().ToUpperInvariant();
            query = query.Where(c => c.Name.ToUpper().Contains(term) || (c.Acronym != null && c.Acronym.ToUpper().Contains(term)));
        }

        if (types is { Count: > 0 })
        {
            var parsed = types.Select(t => Enum.Parse<ConstituentType>(t)).ToList();
            query = query.Where(c => parsed.Contains(c.Type));
        }

        return (await query.OrderBy(c => c.Name).Take(max).ToListAsync(cancellationToken)).Select(ToRef).ToList();
    }

    internal static ConstituentRef ToRef(Constituent c) =>
        new(c.Id, c.Type.ToString(), ConstituentDisplay.Format(c), c.IsArchived, c.Region, c.MembershipCategory);
}

/// <summary>Answers other modules' questions about resolutions; look-ups by id are kept briefly (<see cref="DirectoryCache"/>).</summary>
internal sealed class ResolutionCatalog(ConstituenciesDbContext db, DirectoryCache cache) : IResolutionCatalog
{
    public async Task<ResolutionRef?> FindAsync(Guid id, string language, CancellationToken cancellationToken) =>
        (await FindManyAsync([id], language, cancellationToken)).GetValueOrDefault(id);

    public Task<IReadOnlyDictionary<Guid, ResolutionRef>> FindManyAsync(IReadOnlyCollection<Guid> ids, string language, CancellationToken cancellationToken) =>
        cache.GetOrLoadManyAsync<Guid, ResolutionRef>(ConstituenciesDbContext.SchemaName, "resolution/" + language, ids, async missing =>
            (await RefsAsync(db.Resolutions.Where(r => missing.Contains(r.Id)), language, cancellationToken)).ToDictionary(r => r.Id));

    public async Task<IReadOnlyList<ResolutionRef>> AllAsync(string language, CancellationToken cancellationToken) =>
        (await RefsAsync(db.Resolutions, language, cancellationToken)).OrderBy(r => r.Code, StringComparer.Ordinal).ToList();

    private async Task<List<ResolutionRef>> RefsAsync(IQueryable<Resolution> resolutions, string language, CancellationToken cancellationToken)
    {
        var rows = await resolutions.AsNoTracking()
            .Join(db.Congresses, r => r.CongressId, c => c.Id, (r, c) => new { Resolution = r, Congress = c.Code })
            .ToListAsync(cancellationToken);
        return rows.Select(x => new ResolutionRef(
            x.Resolution.Id, x.Resolution.Code, x.Resolution.Title(language), x.Resolution.Kind.ToString(), x.Resolution.Status.ToString(), x.Congress,
            x.Resolution.Summary, x.Resolution.DocumentUrl)).ToList();
    }
}

/// <summary>
/// Who reviews which resolution. A person's own resolutions decide what they may do, so they are read as the database
/// has them now (a focal point removed on another node loses access at once); who reviews a resolution, which messages
/// ask many times, is kept briefly (<see cref="DirectoryCache"/>).
/// </summary>
internal sealed class FocalPointDirectory(ConstituenciesDbContext db, DirectoryCache cache) : IFocalPointDirectory
{
    public async Task<bool> IsFocalPointAsync(Guid userId, Guid resolutionId, CancellationToken cancellationToken) =>
        (await ResolutionsOfAsync(userId, cancellationToken)).Contains(resolutionId);

    public async Task<IReadOnlyList<Guid>> ResolutionsOfAsync(Guid userId, CancellationToken cancellationToken) =>
        await db.FocalPoints.AsNoTracking().Where(f => f.UserId == userId).Select(f => f.ResolutionId).Distinct().ToListAsync(cancellationToken);

    public Task<IReadOnlyList<Guid>> FocalPointsOfAsync(Guid resolutionId, CancellationToken cancellationToken) =>
        cache.GetOrLoadAsync<IReadOnlyList<Guid>>(ConstituenciesDbContext.SchemaName, "focal-points-of", resolutionId, async () =>
            await db.FocalPoints.Where(f => f.ResolutionId == resolutionId).Select(f => f.UserId).Distinct().ToListAsync(cancellationToken));

    public async Task<IReadOnlyList<FocalPointRef>> AssignmentsOfAsync(Guid resolutionId, CancellationToken cancellationToken) =>
        await db.FocalPoints.AsNoTracking().Where(f => f.ResolutionId == resolutionId).OrderBy(f => f.AssignedAt)
            .Select(f => new FocalPointRef(f.UserId, f.ConstituentId)).ToListAsync(cancellationToken);

    public async Task<IReadOnlyDictionary<Guid, IReadOnlyList<Guid>>> AllAssignmentsAsync(CancellationToken cancellationToken) =>
        (await db.FocalPoints.AsNoTracking().Select(f => new { f.ResolutionId, f.UserId }).ToListAsync(cancellationToken))
            .GroupBy(f => f.ResolutionId)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<Guid>)g.Select(f => f.UserId).Distinct().ToList());
}

/// <summary>Labels of the enumerations in IUCN's wording.</summary>
internal static class Labels
{
    public static string Of(ConstituentType type) => Vocabularies.ConstituentTypeLabels[(int)type];

    public static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}
