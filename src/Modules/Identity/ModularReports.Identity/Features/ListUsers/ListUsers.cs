using ModularReports.BuildingBlocks.Mediation;
using ModularReports.Identity.Data;

namespace ModularReports.Identity.Features.ListUsers;

/// <summary>Accounts matching a search, for the admin pages and API.</summary>
internal sealed record ListUsers(string? Q, string? Role, bool? Active, int Page = 1, int PageSize = 25) : IQuery<UserPage>;

internal sealed record UserSummary(Guid Id, string Email, string DisplayName, IReadOnlyList<string> Roles, bool IsActive, DateTime? LastSignInAt);

internal sealed record UserPage(IReadOnlyList<UserSummary> Items, int Page, int PageSize, int Total);

internal sealed class ListUsersValidator : AbstractValidator<ListUsers>
{
    public ListUsersValidator()
    {
        RuleFor(q => q.Page).ValidPage();
        RuleFor(q => q.PageSize).InclusiveBetween(1, 100);
        RuleFor(q => q.Q).MaximumLength(200);
        RuleFor(q => q.Role).Must(r => r is null || Contracts.Roles.All.Contains(r)).WithMessage("Unknown role.");
    }
}

internal sealed class ListUsersHandler(IdentityDbContext db) : IQueryHandler<ListUsers, UserPage>
{
    public async ValueTask<UserPage> Handle(ListUsers query, CancellationToken cancellationToken)
    {
        var users = db.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var term = query.Q.Trim().ToUpperInvariant();
            users = users.Where(u => u.NormalizedEmail!.Contains(term) || u.DisplayName.ToUpper().Contains(term));
        }

        if (query.Role is not null)
        {
            var normalized = query.Role.ToUpperInvariant();
            users = users.Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.NormalizedName == normalized)));
        }

        if (query.Active is { } active)
        {
            users = users.Where(u => u.IsActive == active);
        }

        var total = await users.CountAsync(cancellationToken);
        var page = await users
            .OrderBy(u => u.DisplayName).ThenBy(u => u.Email)
            .Skip((query.Page - 1) * query.PageSize).Take(query.PageSize)
            .Select(u => new { u.Id, u.Email, u.DisplayName, u.IsActive, u.LastSignInAt })
            .ToListAsync(cancellationToken);

        var ids = page.Select(u => u.Id).ToList();
        var roles = await db.UserRoles.Where(ur => ids.Contains(ur.UserId))
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name })
            .ToListAsync(cancellationToken);

        var items = page.Select(u => new UserSummary(
            u.Id, u.Email!, u.DisplayName,
            roles.Where(r => r.UserId == u.Id).Select(r => r.Name!).Order(StringComparer.Ordinal).ToList(),
            u.IsActive, u.LastSignInAt)).ToList();
        return new UserPage(items, query.Page, query.PageSize, total);
    }
}
