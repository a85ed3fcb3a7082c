namespace ModularReports.Identity.Domain;

/// <summary>
/// A refresh token that has been exchanged for a new token, by its hash: a refresh token works once, so one that leaked
/// and is used a second time (by its owner or by whoever took it) is refused. Kept until the token would have expired.
/// </summary>
internal sealed class RedeemedRefreshToken
{
    public required string TokenHash { get; init; }

    public DateTime ExpiresAt { get; init; }

    public static string HashOf(string refreshToken) =>
        Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(refreshToken)));
}
