using ModularReports.BuildingBlocks.Persistence;
using ModularReports.Identity.Data;

namespace ModularReports.Identity.Features.UserDirectory;

/// <summary>
/// The Identity module's answer to <see cref="IUserDirectory"/>: read-only, no tracking. Look-ups by id (every request
/// and every notification asks them) are kept briefly in the <see cref="DirectoryCache"/>.
/// </summary>
internal sealed class UserDirectory(IdentityDbContext db, DirectoryCache cache) : IUserDirectory
{
    public async Task<UserRef?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        (await FindManyAsync([id], cancellationToken)).GetValueOrDefault(id);

    public async Task<UserRef?> FindCurrentAsync(Guid id, CancellationToken cancellationToken) =>
        (await LoadAsync(db.Users.Where(u => u.Id == id), cancellationToken)).SingleOrDefault();

    public async Task<UserRef?> FindByEmailAsync(string email, CancellationToken cancellationToken)
    {
        var normalized = email.Trim().ToUpperInvariant();
        return (await LoadAsync(db.Users.Where(u => u.NormalizedEmail == normalized), cancellationToken)).SingleOrDefault();
    }

    public Task<IReadOnlyDictionary<Guid, UserRef>> FindManyAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken) =>
        cache.GetOrLoadManyAsync<Guid, UserRef>(IdentityDbContext.SchemaName, "user", ids, async missing =>
            (await LoadAsync(db.Users.Where(u => missing.Contains(u.Id)), cancellationToken)).ToDictionary(u => u.Id));

    public async Task<IReadOnlyList<UserRef>> InRoleAsync(string role, CancellationToken cancellationToken)
    {
        var normalized = role.ToUpperInvariant();
        var users = db.Users.Where(u => u.IsActive
            && db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.NormalizedName == normalized)));
        return (await LoadAsync(users, cancellationToken)).OrderBy(u => u.DisplayName, StringComparer.CurrentCulture).ToList();
    }

    public async Task<IReadOnlyList<UserRef>> OfConstituentAsync(Guid constituentId, CancellationToken cancellationToken) =>
        (await LoadAsync(db.Users.Where(u => u.IsActive && u.ConstituentId == constituentId), cancellationToken))
            .OrderBy(u => u.DisplayName, StringComparer.CurrentCulture).ToList();

    private async Task<List<UserRef>> LoadAsync(IQueryable<Domain.User> users, CancellationToken cancellationToken)
    {
        var rows = await users.AsNoTracking()
            .Select(u => new { u.Id, u.Email, u.DisplayName, u.IsActive, u.ConstituentId, u.PreferredLanguage })
            .ToListAsync(cancellationToken);
        var ids = rows.Select(r => r.Id).ToList();
        var roles = await db.UserRoles.Where(ur => ids.Contains(ur.UserId))
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new UserRef(
            r.Id, r.Email!, r.DisplayName,
            roles.Where(x => x.UserId == r.Id).Select(x => x.Name!).Order(StringComparer.Ordinal).ToList(),
            r.IsActive, r.ConstituentId, r.PreferredLanguage)).ToList();
    }
}
