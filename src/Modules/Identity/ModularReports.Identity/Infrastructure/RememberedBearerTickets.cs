using System.Security.Claims;
using Microsoft.Extensions.Caching.Memory;

namespace ModularReports.Identity.Infrastructure;

/// <summary>
/// Reads a bearer token once and remembers its ticket for a few minutes: an API client sends the same token with every
/// request, and decrypting it (key derivation, AES, HMAC) is the largest part of authenticating one. The token itself is
/// the key, so only its holder gets the remembered ticket; the handler still checks the ticket's expiry on every
/// request; each request gets its own copy of the principal. A token whose data-protection key is revoked may be
/// accepted up to <see cref="Remember"/> longer.
/// </summary>
internal sealed class RememberedBearerTickets(ISecureDataFormat<AuthenticationTicket> inner) : ISecureDataFormat<AuthenticationTicket>
{
    public static readonly TimeSpan Remember = TimeSpan.FromMinutes(5);

    private const int Tokens = 10_000;

    private readonly MemoryCache tickets = new(new MemoryCacheOptions { SizeLimit = Tokens });

    public string Protect(AuthenticationTicket data) => inner.Protect(data);

    public string Protect(AuthenticationTicket data, string? purpose) => inner.Protect(data, purpose);

    public AuthenticationTicket? Unprotect(string? protectedText) => Unprotect(protectedText, purpose: null);

    public AuthenticationTicket? Unprotect(string? protectedText, string? purpose)
    {
        if (string.IsNullOrEmpty(protectedText))
        {
            return null;
        }

        var key = (protectedText, purpose);
        if (!tickets.TryGetValue(key, out AuthenticationTicket? ticket))
        {
            ticket = inner.Unprotect(protectedText, purpose);
            if (ticket is null)
            {
                return null; // not remembered: a stream of forged tokens must not push real ones out
            }

            tickets.Set(key, ticket, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = Remember });
        }

        return new AuthenticationTicket(new ClaimsPrincipal(ticket!.Principal.Identities.Select(i => i.Clone())), ticket.Properties.Clone(), ticket.AuthenticationScheme);
    }
}
