using System.Collections.Concurrent;
using System.Net;
using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace ModularReports.EndToEndTests;

/// <summary>
/// A small OpenID Connect provider on loopback standing in for the organisation's ("IUCN Accounts"): discovery,
/// authorization code with PKCE, signed id_token, userinfo. It signs in whoever <see cref="NextUser"/> names.
/// </summary>
internal sealed class FakeIdentityProvider : IAsyncDisposable
{
    public const string ClientId = "modularreports";
    public const string ClientSecret = "test-secret";

    private readonly WebApplication app;
    private readonly RsaSecurityKey key = new(RSA.Create(2048)) { KeyId = "test-key" };
    private readonly ConcurrentDictionary<string, (string Nonce, (string Email, bool Verified) User)> codes = new();

    private FakeIdentityProvider(WebApplication app) => this.app = app;

    public Uri Authority { get; private set; } = null!;

    /// <summary>Who the provider says is signing in next, and whether it vouches for the address.</summary>
    public (string Email, bool Verified) NextUser { get; set; }

    public static async Task<FakeIdentityProvider> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        var app = builder.Build();
        var provider = new FakeIdentityProvider(app);
        provider.Map();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        provider.Authority = new Uri(address.Replace("127.0.0.1", "localhost", StringComparison.Ordinal));
        return provider;
    }

    private void Map()
    {
        app.MapGet("/.well-known/openid-configuration", () => Results.Json(new Dictionary<string, object>
        {
            ["issuer"] = Issuer,
            ["authorization_endpoint"] = $"{Issuer}/authorize",
            ["token_endpoint"] = $"{Issuer}/token",
            ["userinfo_endpoint"] = $"{Issuer}/userinfo",
            ["jwks_uri"] = $"{Issuer}/jwks",
            ["response_types_supported"] = new[] { "code" },
            ["subject_types_supported"] = new[] { "public" },
            ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
            ["code_challenge_methods_supported"] = new[] { "S256" },
        }));
        app.MapGet("/jwks", () =>
        {
            var jwk = JsonWebKeyConverter.ConvertFromRSASecurityKey(key);
            return Results.Json(new { keys = new[] { new { kty = jwk.Kty, use = "sig", kid = jwk.Kid, alg = "RS256", n = jwk.N, e = jwk.E } } });
        });
        app.MapGet("/authorize", (HttpRequest request) =>
        {
            var code = Guid.NewGuid().ToString("N");
            codes[code] = (request.Query["nonce"].ToString(), NextUser);
            // response_mode=form_post: the browser posts the code back, as real providers make it do.
            var html = $"""
                <!DOCTYPE html><html lang="en"><body onload="document.forms[0].submit()">
                <form method="post" action="{WebUtility.HtmlEncode(request.Query["redirect_uri"])}">
                <input type="hidden" name="code" value="{code}" />
                <input type="hidden" name="state" value="{WebUtility.HtmlEncode(request.Query["state"])}" />
                </form></body></html>
                """;
            return Results.Content(html, "text/html");
        });
        app.MapPost("/token", async (HttpRequest request) =>
        {
            var form = await request.ReadFormAsync();
            if (!codes.TryRemove(form["code"].ToString(), out var grant) || string.IsNullOrEmpty(form["code_verifier"]))
            {
                return Results.BadRequest(new { error = "invalid_grant" });
            }

            var now = DateTime.UtcNow;
            var idToken = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
            {
                Issuer = Issuer,
                Audience = ClientId,
                IssuedAt = now,
                NotBefore = now,
                Expires = now.AddMinutes(5),
                Subject = new ClaimsIdentity(Claims(grant.User, grant.Nonce)),
                SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.RsaSha256),
            });
            return Results.Json(new { access_token = "access-" + grant.User.Email, token_type = "Bearer", expires_in = 300, id_token = idToken });
        });
        app.MapGet("/userinfo", (HttpRequest request) =>
        {
            var email = request.Headers.Authorization.ToString().Replace("Bearer access-", string.Empty, StringComparison.Ordinal);
            return Results.Json(new { sub = "sub-" + email, email, email_verified = NextUser.Verified });
        });
    }

    private string Issuer => Authority.ToString().TrimEnd('/');

    private static Claim[] Claims((string Email, bool Verified) user, string nonce) =>
    [
        new("sub", "sub-" + user.Email),
        new("email", user.Email),
        new("email_verified", user.Verified ? "true" : "false", ClaimValueTypes.Boolean),
        new("nonce", nonce),
    ];

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
