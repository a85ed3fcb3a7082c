using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.Extensions.Localization;

namespace ModularReports.Notifications.Mail;

/// <summary>What one e-mail says: paragraphs, an optional quoted comment, an optional list of items, and its one action.</summary>
internal sealed record EmailContent(
    string Subject, IReadOnlyList<string> Paragraphs, string ActionLabel, Uri Link, string? Quote = null, IReadOnlyList<EmailItem>? Items = null);

/// <summary>One line of a digest: what happened and where to act on it.</summary>
internal sealed record EmailItem(string Title, string Text, Uri Link);

/// <summary>Builds a message with a plain-text and an HTML part, in the recipient's language.</summary>
internal sealed class EmailComposer(IStringLocalizer<NotificationsText> text, MailOptions options, TimeProvider clock)
{
    public MimeMessage Compose(string toAddress, string toName, string language, EmailContent content)
    {
        using var _ = new LanguageScope(language);
        var greeting = text["Greeting", toName].Value;
        var signature = text["Signature"].Value;
        var message = new MimeMessage { Subject = content.Subject, Date = clock.GetUtcNow() };
        message.From.Add(MailboxAddress.Parse(options.From));
        message.To.Add(new MailboxAddress(toName, toAddress));
        message.Body = new BodyBuilder { TextBody = Plain(greeting, content, signature), HtmlBody = Html(language, greeting, content, signature) }
            .ToMessageBody();
        message.Body.Headers.Add(HeaderId.ContentLanguage, language); // a body header in MIME (RFC 3282)
        return message;
    }

    /// <summary>A text of this module's resources in the given language.</summary>
    public string this[string key, string language, params object[] arguments]
    {
        get
        {
            using var _ = new LanguageScope(language);
            return text[key, arguments].Value;
        }
    }

    private static string Plain(string greeting, EmailContent content, string signature)
    {
        var plain = new StringBuilder().Append(greeting).Append("\n\n");
        foreach (var paragraph in content.Paragraphs)
        {
            plain.Append(paragraph).Append("\n\n");
        }

        if (content.Quote is { } quote)
        {
            plain.Append(string.Join('\n', quote.ReplaceLineEndings("\n").Split('\n').Select(l => "> " + l))).Append("\n\n");
        }

        foreach (var item in content.Items ?? [])
        {
            plain.Append("- ").Append(item.Title).Append('\n');
            if (item.Text.Length > 0)
            {
                plain.Append("  ").Append(item.Text).Append('\n');
            }

            plain.Append("  ").Append(item.Link.AbsoluteUri).Append("\n\n");
        }

        // French sets a (no-break) space before a colon.
        var colon = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "fr" ? "\u00a0: " : ": ";
        return plain.Append(content.ActionLabel).Append(colon).Append(content.Link.AbsoluteUri).Append("\n\n").Append(signature).ToString();
    }

    private static string Html(string language, string greeting, EmailContent content, string signature)
    {
        static string E(string s) => WebUtility.HtmlEncode(s);
        var html = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"<!DOCTYPE html>\n<html lang=\"{E(language)}\"><head><meta charset=\"utf-8\"><title>{E(content.Subject)}</title></head>")
            .Append("<body style=\"font-family: sans-serif; line-height: 1.5; color: #1a1a1a;\">\n")
            .Append(CultureInfo.InvariantCulture, $"<p>{E(greeting)}</p>\n");
        foreach (var paragraph in content.Paragraphs)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p>{E(paragraph)}</p>\n");
        }

        if (content.Quote is { } quote)
        {
            html.Append(CultureInfo.InvariantCulture,
                $"<blockquote style=\"margin: 0 0 1em; padding-left: 1em; border-left: 4px solid #ccc; white-space: pre-wrap;\">{E(quote)}</blockquote>\n");
        }

        if (content.Items is { Count: > 0 } items)
        {
            html.Append("<ul>\n");
            foreach (var item in items)
            {
                html.Append(CultureInfo.InvariantCulture, $"<li><a href=\"{E(item.Link.AbsoluteUri)}\">{E(item.Title)}</a>");
                if (item.Text.Length > 0)
                {
                    html.Append(CultureInfo.InvariantCulture, $"<br>{E(item.Text)}");
                }

                html.Append("</li>\n");
            }

            html.Append("</ul>\n");
        }

        return html
            .Append(CultureInfo.InvariantCulture, $"<p><a href=\"{E(content.Link.AbsoluteUri)}\">{E(content.ActionLabel)}</a></p>\n")
            .Append(CultureInfo.InvariantCulture, $"<p>{E(signature)}</p>\n</body></html>\n")
            .ToString();
    }
}
