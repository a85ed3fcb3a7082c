using System.Text;
using Microsoft.AspNetCore.Mvc;

namespace ModularReports.BuildingBlocks.Web;

/// <summary>
/// Where to send someone back to after a step (signing in, switching language): a local address only, and written as
/// a Location header can carry it. A path with accents (<c>/résolutions</c>) is percent-encoded as browsers do; one with
/// control characters, or one that is not local, sends them home instead.
/// </summary>
public static class LocalReturnUrl
{
    public static string Of(IUrlHelper url, string? returnUrl)
    {
        if (string.IsNullOrEmpty(returnUrl) || !url.IsLocalUrl(returnUrl) || returnUrl.Any(char.IsControl))
        {
            return "/";
        }

        var encoded = new StringBuilder(returnUrl.Length);
        Span<byte> bytes = stackalloc byte[4];
        foreach (var rune in returnUrl.EnumerateRunes())
        {
            if (rune.IsAscii)
            {
                encoded.Append((char)rune.Value);
            }
            else
            {
                foreach (var b in bytes[..rune.EncodeToUtf8(bytes)])
                {
                    encoded.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
                }
            }
        }

        return encoded.ToString();
    }
}
