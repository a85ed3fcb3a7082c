using System.Security.Claims;

namespace ModularReports.Identity.Infrastructure;

/// <summary>Adds what pages show on every request (name, language, organisation) to the principal.</summary>
internal sealed class UserClaimsFactory(UserManager<User> users, RoleManager<Role> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<User, Role>(users, roles, options)
{
    public const string DisplayNameClaim = "name";
    public const string LanguageClaim = "locale";
    public const string ConstituentClaim = "constituent";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(User user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(DisplayNameClaim, user.DisplayName));
        identity.AddClaim(new Claim(LanguageClaim, user.PreferredLanguage));
        if (user.ConstituentId is { } constituent)
        {
            identity.AddClaim(new Claim(ConstituentClaim, constituent.ToString()));
        }

        return identity;
    }
}
