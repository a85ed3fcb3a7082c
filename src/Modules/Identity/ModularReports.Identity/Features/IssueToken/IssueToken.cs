using System.Security.Claims;
using Microsoft.Extensions.Logging;
using ModularReports.BuildingBlocks.Mediation;
using ModularReports.Identity.Data;
using ModularReports.Identity.Features.Shared;

namespace ModularReports.Identity.Features.IssueToken;

/// <summary>Checks a password from a client address (counting failures towards that client's lockout) and returns the principal to sign in.</summary>
/// <remarks>Its saves are its transactions (<see cref="IVersionCheckedCommand"/>): a failure counted at the same moment by another request is counted again on what that one saved.</remarks>
internal sealed record CheckCredentials(string Email, string Password, string ClientAddress) : ICommand<CredentialsResult>, IVersionCheckedCommand;

internal enum CredentialsOutcome
{
    Succeeded,
    Invalid,
    LockedOut,
    Deactivated,
}

/// <param name="LockedUntil">When a locked-out client may try again.</param>
internal sealed record CredentialsResult(CredentialsOutcome Outcome, ClaimsPrincipal? Principal, User? User, DateTime? LockedUntil = null);

internal sealed class CheckCredentialsValidator : AbstractValidator<CheckCredentials>
{
    public CheckCredentialsValidator()
    {
        RuleFor(c => c.Email).NotEmpty().MaximumLength(SignInThrottle.AccountMaxLength);
        RuleFor(c => c.Password).NotEmpty().MaximumLength(512);
    }
}

/// <summary>
/// Answers alike, and takes as long, whether or not the address has an account: an unknown address has its password
/// checked against a stand-in hash, failures are counted per address and client either way, and a deactivated account
/// is only named to someone who gave its password.
/// </summary>
internal sealed partial class CheckCredentialsHandler(
    UserManager<User> users, SignInManager<User> signIn, IdentityDbContext db, AdminAudit audit, IOptions<SignInLimits> limits, TimeProvider clock,
    ILogger<CheckCredentialsHandler> logger)
    : ICommandHandler<CheckCredentials, CredentialsResult>
{
    /// <summary>A hash made like the real ones (same algorithm and cost) of a password nobody knows.</summary>
    private static readonly Lazy<string> StandIn = new(() => new PasswordHasher<User>().HashPassword(null!, Guid.NewGuid().ToString("N")));

    public async ValueTask<CredentialsResult> Handle(CheckCredentials command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var account = users.NormalizeEmail(command.Email.Trim()) ?? string.Empty;
        var client = command.ClientAddress.Length > SignInThrottle.ClientMaxLength ? command.ClientAddress[..SignInThrottle.ClientMaxLength] : command.ClientAddress;
        var throttle = await db.SignInThrottles.FirstOrDefaultAsync(t => t.Account == account && t.ClientAddress == client, cancellationToken);
        if (throttle?.IsLockedOut(now) == true)
        {
            return new CredentialsResult(CredentialsOutcome.LockedOut, null, null, throttle.LockedUntil);
        }

        var user = await users.FindByEmailAsync(command.Email.Trim());
        if (!await PasswordMatchesAsync(user, command.Password))
        {
            var lockedUntil = await CountFailureAsync(throttle, account, client, user, now, cancellationToken);
            return lockedUntil is null
                ? new CredentialsResult(CredentialsOutcome.Invalid, null, null)
                : new CredentialsResult(CredentialsOutcome.LockedOut, null, null, lockedUntil);
        }

        await db.SignInThrottles.Where(t => t.Account == account && t.ClientAddress == client).ExecuteDeleteAsync(cancellationToken);
        if (!user!.IsActive)
        {
            return new CredentialsResult(CredentialsOutcome.Deactivated, null, user);
        }

        user.LastSignInAt = now;
        await db.SaveChangesAsync(cancellationToken);
        return new CredentialsResult(CredentialsOutcome.Succeeded, await signIn.CreateUserPrincipalAsync(user), user);
    }

    /// <summary>
    /// Counts a failed sign-in; returns until when the client is locked out, if it is now. Guesses sent in parallel all
    /// count: a save that meets another's (the row's version moved, or both created it) is counted again on what is
    /// stored now.
    /// </summary>
    private async Task<DateTime?> CountFailureAsync(
        SignInThrottle? loaded, string account, string client, User? user, DateTime now, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            // The row read before the password was checked, the first time; what another request saved, after a conflict.
            var throttle = (attempt == 1 ? loaded : await db.SignInThrottles.FirstOrDefaultAsync(t => t.Account == account && t.ClientAddress == client, cancellationToken))
                ?? db.SignInThrottles.Add(new SignInThrottle { Account = account, ClientAddress = client }).Entity;
            if (throttle.Fail(now, limits.Value))
            {
                LogLockedOut(logger, account, client, throttle.LockedUntil!.Value);
                if (user is not null)
                {
                    // Data only (the page names the action in the reader's language): the client, and until when.
                    audit.Record(AdminActions.SignInLockedOut, user, $"{client} → {throttle.LockedUntil:yyyy-MM-dd HH:mm} UTC");
                    db.Publish(new SignInLockedOut(user.Id, user.Email!, client, new DateTimeOffset(throttle.LockedUntil.Value, TimeSpan.Zero), clock.GetUtcNow()));
                }
            }

            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return throttle.IsLockedOut(now) ? throttle.LockedUntil : null;
            }
            catch (DbUpdateException) when (attempt < 5)
            {
                db.ChangeTracker.Clear();
            }
        }
    }

    /// <summary>The same work whether or not there is an account, or a password on it (an invitation not yet accepted).</summary>
    private async Task<bool> PasswordMatchesAsync(User? user, string password)
    {
        if (user?.PasswordHash is null)
        {
            users.PasswordHasher.VerifyHashedPassword(user ?? new User { DisplayName = string.Empty }, StandIn.Value, password);
            return false;
        }

        return await users.CheckPasswordAsync(user, password);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sign-in to {Account} from {Client} locked out until {Until} after repeated failures")]
    private static partial void LogLockedOut(ILogger logger, string account, string client, DateTime until);
}
