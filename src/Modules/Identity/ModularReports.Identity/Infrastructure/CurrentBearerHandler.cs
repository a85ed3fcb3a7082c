using System.Text.Encodings.Web;
using Microsoft.Extensions.Logging;

namespace ModularReports.Identity.Infrastructure;

/// <summary>
/// The bearer token scheme the API uses: ASP.NET Core's bearer token, and then the account's security stamp
/// (<see cref="SecurityStamps"/>), which the token handler itself never looks at. A token issued before a password, role
/// or status change is refused like an expired one.
/// </summary>
internal sealed class CurrentBearerHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, SecurityStamps stamps)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string Name = SignInSchemes.Token;

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var token = await Context.AuthenticateAsync(IdentityConstants.BearerScheme);
        if (!token.Succeeded)
        {
            return token;
        }

        return await stamps.IsCurrentAsync(token.Principal, Context.RequestAborted)
            ? AuthenticateResult.Success(new AuthenticationTicket(token.Principal, token.Properties, Name))
            : AuthenticateResult.Fail("The token was issued before the account's password, roles or status changed.");
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties) => Context.ChallengeAsync(IdentityConstants.BearerScheme, properties);

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) => Context.ForbidAsync(IdentityConstants.BearerScheme, properties);
}
