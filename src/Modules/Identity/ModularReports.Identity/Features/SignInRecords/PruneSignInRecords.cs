using ModularReports.BuildingBlocks.Hosting;
using ModularReports.Identity.Data;

namespace ModularReports.Identity.Features.SignInRecords;

/// <summary>
/// Once a day: forgets failed sign-ins nobody has repeated for a day (and whose lockout is over), and refresh tokens that
/// have expired anyway, so that neither table grows with every guess or every token.
/// </summary>
internal sealed class PruneSignInRecords(IdentityDbContext db, IOptions<SignInLimits> limits, TimeProvider clock) : IRecurringTask
{
    public string Name => "identity-sign-in-records";

    public string Cron => "45 3 * * *";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var quietSince = now - limits.Value.QuietPeriod;
        await db.SignInThrottles.Where(t => t.LastFailureAt < quietSince && (t.LockedUntil == null || t.LockedUntil < now)).ExecuteDeleteAsync(cancellationToken);
        await db.RedeemedRefreshTokens.Where(t => t.ExpiresAt < now).ExecuteDeleteAsync(cancellationToken);
    }
}
