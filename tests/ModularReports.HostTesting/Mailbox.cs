using System.Text.RegularExpressions;
using MimeKit;

namespace ModularReports.HostTesting;

/// <summary>Reads the .eml files a host wrote to its pickup folder.</summary>
public static partial class Mailbox
{
    public static async Task<MimeMessage> WaitForMessageToAsync(string folder, string address, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(10));
        while (DateTime.UtcNow < deadline)
        {
            foreach (var message in Read(folder))
            {
                if (message.To.Mailboxes.Any(m => string.Equals(m.Address, address, StringComparison.OrdinalIgnoreCase)))
                {
                    return message;
                }
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"No e-mail to {address} in {folder}.");
    }

    public static IReadOnlyList<MimeMessage> Read(string folder) =>
        Directory.Exists(folder)
            ? Directory.GetFiles(folder, "*.eml").Order(StringComparer.Ordinal).Select(f => MimeMessage.Load(f)).ToList()
            : [];

    /// <summary>The link in the plain-text part, and its userId and token.</summary>
    public static (Uri Link, Guid UserId, string Token) LinkIn(MimeMessage message)
    {
        var link = new Uri(LinkPattern().Match(message.TextBody ?? string.Empty).Value);
        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(link.Query);
        return (link, Guid.Parse(query["userId"]!), query["token"]!);
    }

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex LinkPattern();
}
