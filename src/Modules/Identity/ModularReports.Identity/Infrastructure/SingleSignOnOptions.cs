using Microsoft.Extensions.Configuration;

namespace ModularReports.Identity.Infrastructure;

/// <summary>The organisation's OpenID Connect provider (<c>Identity:SingleSignOn</c>); off unless Authority and ClientId are set.</summary>
internal sealed record SingleSignOnOptions(string Authority, string ClientId, string? ClientSecret, string DisplayName, bool RequireHttpsMetadata)
{
    public const string Scheme = "oidc";

    public static SingleSignOnOptions? From(IConfiguration configuration)
    {
        var section = configuration.GetSection("Identity:SingleSignOn");
        var authority = section["Authority"];
        var clientId = section["ClientId"];
        if (string.IsNullOrWhiteSpace(authority) || string.IsNullOrWhiteSpace(clientId))
        {
            return null;
        }

        return new SingleSignOnOptions(
            authority, clientId, section["ClientSecret"], section["DisplayName"] ?? "IUCN Accounts",
            section.GetValue("RequireHttpsMetadata", true));
    }
}

/// <summary>What the sign-in page needs to know: whether to offer single sign-on, and under which name.</summary>
internal sealed record SingleSignOnAvailability(string? DisplayName)
{
    public bool IsEnabled => DisplayName is not null;
}
