using System.Security.Claims;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using ModularReports.BuildingBlocks.Persistence;
using ModularReports.Identity.Data;

namespace ModularReports.Identity.Infrastructure;

/// <summary>
/// Whether a session or token still stands for its account: the security stamp it was issued with must be the account's
/// stamp now, and the account active. A password change or reset, a role change and a deactivation each give the account
/// a new stamp, so a cookie or bearer token issued before stops working. Each node remembers an account's stamp for
/// <see cref="Remember"/> at most, and only while the identity module's data is unchanged as far as the node knows: a
/// change made on this node counts on its next request, and one told by another node (ADR 33) as soon as it is told,
/// without a query per request.
/// </summary>
internal sealed class SecurityStamps(IServiceScopeFactory scopes, IOptions<IdentityOptions> identity)
{
    public static readonly TimeSpan Remember = TimeSpan.FromSeconds(5);

    private const int Accounts = 50_000;

    private readonly MemoryCache stamps = new(new MemoryCacheOptions { SizeLimit = Accounts });

    public async Task<bool> IsCurrentAsync(ClaimsPrincipal principal, CancellationToken cancellationToken)
    {
        var claims = identity.Value.ClaimsIdentity;
        if (!Guid.TryParse(principal.FindFirstValue(claims.UserIdClaimType), out var userId)
            || principal.FindFirstValue(claims.SecurityStampClaimType) is not { Length: > 0 } stamp)
        {
            return false;
        }

        var key = (userId, ModuleDbContext.DataGeneration(IdentityDbContext.SchemaName));
        if (!stamps.TryGetValue(key, out string? current))
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<IdentityDbContext>();
            // A deactivated account has no current stamp: nothing it was issued is valid.
            current = await db.Users.Where(u => u.Id == userId && u.IsActive).Select(u => u.SecurityStamp).FirstOrDefaultAsync(cancellationToken) ?? string.Empty;
            stamps.Set(key, current, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = Remember });
        }

        return string.Equals(current, stamp, StringComparison.Ordinal);
    }
}
