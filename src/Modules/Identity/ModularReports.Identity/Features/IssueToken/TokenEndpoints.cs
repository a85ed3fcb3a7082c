using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ModularReports.Identity.Data;
using ModularReports.Identity.Infrastructure;

namespace ModularReports.Identity.Features.IssueToken;

internal sealed record TokenRequest(string Email, string Password);

internal sealed record RefreshRequest(string RefreshToken);

internal static class TokenEndpoints
{
    public static void MapTokenEndpoints(this RouteGroupBuilder auth)
    {
        auth.MapPost("/token", IssueAsync)
            .RequireRateLimiting(IdentityAuthentication.SignInRateLimit)
            .WithSummary("Exchange an email and password for a bearer token")
            .WithDescription("Returns `accessToken` (send it as `Authorization: Bearer ...` to every /api endpoint), `expiresIn` in seconds and a `refreshToken`. Repeated failures lock the account for a while.")
            .Produces<AccessTokenResponse>()
            .ProducesProblem(StatusCodes.Status401Unauthorized);

        auth.MapPost("/refresh", RefreshAsync)
            .RequireRateLimiting(IdentityAuthentication.SignInRateLimit)
            .WithSummary("Exchange a refresh token for a new bearer token")
            .Produces<AccessTokenResponse>()
            .ProducesProblem(StatusCodes.Status401Unauthorized);
    }

    private static async Task<IResult> IssueAsync(TokenRequest request, IMediator mediator, HttpContext http)
    {
        var result = await mediator.Send(new CheckCredentials(request.Email ?? string.Empty, request.Password ?? string.Empty, ClientAddress.Of(http)));
        return result.Outcome switch
        {
            CredentialsOutcome.Succeeded => TypedResults.SignIn(result.Principal!, authenticationScheme: IdentityConstants.BearerScheme),
            CredentialsOutcome.LockedOut => Unauthorized(
                $"Too many failed sign-ins from this address. Try again after {result.LockedUntil:HH:mm} UTC, or reset your password."),
            CredentialsOutcome.Deactivated => Unauthorized("The account is deactivated."),
            _ => Unauthorized("The email or password is not correct."),
        };
    }

    private static async Task<IResult> RefreshAsync(
        RefreshRequest request, IOptionsMonitor<BearerTokenOptions> bearerOptions, SignInManager<User> signIn, UserManager<User> users, IdentityDbContext db,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        var ticket = string.IsNullOrEmpty(request.RefreshToken) ? null : bearerOptions.Get(IdentityConstants.BearerScheme).RefreshTokenProtector.Unprotect(request.RefreshToken);
        // A refresh token stops working when the user is deactivated or their security stamp changes, and once it was used.
        if (ticket?.Properties.ExpiresUtc is not { } expires || clock.GetUtcNow() >= expires
            || await signIn.ValidateSecurityStampAsync(ticket.Principal) is not { IsActive: true } user)
        {
            return Unauthorized("The refresh token is not valid.");
        }

        if (!await RedeemAsync(db, request.RefreshToken, expires, cancellationToken))
        {
            // Used twice: one of the two holders is not its owner, and nobody can tell which. Every token of the account
            // ends (a new security stamp), so whoever took it is left with nothing; the owner signs in again.
            await users.UpdateSecurityStampAsync(user);
            return Unauthorized("The refresh token was used before: every token of the account has ended. Sign in again.");
        }

        return TypedResults.SignIn(await signIn.CreateUserPrincipalAsync(user), authenticationScheme: IdentityConstants.BearerScheme);
    }

    /// <summary>Records the token as used; false when it was used before (here or on another node: the key decides).</summary>
    private static async Task<bool> RedeemAsync(IdentityDbContext db, string refreshToken, DateTimeOffset expires, CancellationToken cancellationToken)
    {
        var hash = RedeemedRefreshToken.HashOf(refreshToken);
        if (await db.RedeemedRefreshTokens.AnyAsync(t => t.TokenHash == hash, cancellationToken))
        {
            return false;
        }

        var redeemed = db.RedeemedRefreshTokens.Add(new RedeemedRefreshToken { TokenHash = hash, ExpiresAt = expires.UtcDateTime });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            redeemed.State = EntityState.Detached; // redeemed at the same moment by another request: nothing of this one is saved
            return false;
        }
    }

    private static ProblemHttpResult Unauthorized(string detail) =>
        TypedResults.Problem(title: "Sign-in failed.", detail: detail, statusCode: StatusCodes.Status401Unauthorized);
}
