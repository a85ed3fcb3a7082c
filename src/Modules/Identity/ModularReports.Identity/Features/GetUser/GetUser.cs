using ModularReports.Constituencies.Contracts;
using ModularReports.Identity.Data;
using ModularReports.Identity.Features.Shared;

namespace ModularReports.Identity.Features.GetUser;

/// <summary>One account with its roles and what admins did to it.</summary>
internal sealed record GetUser(Guid Id) : IQuery<UserDetails>;

internal sealed record UserDetails(
    Guid Id, string Email, string DisplayName, string PreferredLanguage, IReadOnlyList<string> Roles, bool IsActive,
    bool HasPassword, IReadOnlyList<LockedOutClient> LockedOutClients, Guid? ConstituentId, string? ConstituentName, DateTime CreatedAt, DateTime? LastSignInAt, IReadOnlyList<AuditLine> History);

internal sealed record AuditLine(DateTime OccurredAt, string ActorEmail, string Action, string? Details);

/// <summary>A client address locked out of the account after failed sign-ins, and until when.</summary>
internal sealed record LockedOutClient(string ClientAddress, DateTime Until);

internal sealed class GetUserHandler(UserManager<User> users, IdentityDbContext db, IConstituentDirectory constituents, TimeProvider clock) : IQueryHandler<GetUser, UserDetails>
{
    public async ValueTask<UserDetails> Handle(GetUser query, CancellationToken cancellationToken)
    {
        var user = await users.RequireAsync(query.Id);
        var roles = await users.GetRolesAsync(user);
        var history = await db.AdminAudit.AsNoTracking()
            .Where(e => e.TargetUserId == user.Id)
            .OrderByDescending(e => e.OccurredAt).Take(50)
            .Select(e => new AuditLine(e.OccurredAt, e.ActorEmail, e.Action, e.Details))
            .ToListAsync(cancellationToken);
        // An organisation that cannot be found is named as such, never shown as a raw id.
        var constituentName = user.ConstituentId is { } constituentId
            ? (await constituents.FindAsync(constituentId, cancellationToken))?.DisplayName ?? "(unknown organisation: ask an admin to check the link)"
            : null;
        var now = clock.GetUtcNow().UtcDateTime;
        var lockedOut = await db.SignInThrottles.AsNoTracking()
            .Where(t => t.Account == user.NormalizedEmail && t.LockedUntil > now)
            .OrderBy(t => t.LockedUntil).Select(t => new LockedOutClient(t.ClientAddress, t.LockedUntil!.Value))
            .ToListAsync(cancellationToken);
        return new UserDetails(
            user.Id, user.Email!, user.DisplayName, user.PreferredLanguage, roles.Order(StringComparer.Ordinal).ToList(), user.IsActive,
            user.PasswordHash is not null, lockedOut, user.ConstituentId, constituentName, user.CreatedAt, user.LastSignInAt, history);
    }
}
