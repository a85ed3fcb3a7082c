namespace ModularReports.Identity.Contracts;

/// <summary>A user as other modules see them.</summary>
public sealed record UserRef(Guid Id, string Email, string DisplayName, IReadOnlyList<string> Roles, bool IsActive, Guid? ConstituentId, string PreferredLanguage);

/// <summary>Looks up users for other modules (e.g. to assign focal points or address notifications).</summary>
public interface IUserDirectory
{
    /// <summary>A user as recently known (kept briefly, as other nodes' changes reach this one within seconds): for names and addresses.</summary>
    Task<UserRef?> FindAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>A user as the database has them now, on whichever node changed them: for decisions about access.</summary>
    Task<UserRef?> FindCurrentAsync(Guid id, CancellationToken cancellationToken);

    Task<UserRef?> FindByEmailAsync(string email, CancellationToken cancellationToken);

    Task<IReadOnlyDictionary<Guid, UserRef>> FindManyAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken);

    /// <summary>Active users holding the role, by name.</summary>
    Task<IReadOnlyList<UserRef>> InRoleAsync(string role, CancellationToken cancellationToken);

    /// <summary>Active users who belong to the constituent (its colleagues), by name.</summary>
    Task<IReadOnlyList<UserRef>> OfConstituentAsync(Guid constituentId, CancellationToken cancellationToken);
}
