using System.Globalization;
using System.Net;
using Microsoft.Extensions.Localization;
using MimeKit;

namespace ModularReports.Notifications.Mail;

/// <summary>Builds a message with a plain-text and an HTML part, in the recipient's language.</summary>
internal sealed class EmailComposer(IStringLocalizer<NotificationsText> text, MailOptions options)
{
    public MimeMessage Compose(
        string toAddress, string toName, string language, string subjectKey, IReadOnlyList<string> paragraphs, string actionKey, Uri link)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language);
        try
        {
            var greeting = text["Greeting", toName].Value;
            var action = text[actionKey].Value;
            var signature = text["Signature"].Value;
            var message = new MimeMessage { Subject = text[subjectKey].Value };
            message.From.Add(MailboxAddress.Parse(options.From));
            message.To.Add(new MailboxAddress(toName, toAddress));
            message.Headers.Add(HeaderId.ContentLanguage, language);

            var plain = string.Join("\n\n", [greeting, .. paragraphs, $"{action}: {link}", signature]);
            var html = $"""
                <!DOCTYPE html>
                <html lang="{language}"><body style="font-family: sans-serif; line-height: 1.5;">
                <p>{WebUtility.HtmlEncode(greeting)}</p>
                {string.Concat(paragraphs.Select(p => $"<p>{WebUtility.HtmlEncode(p)}</p>"))}
                <p><a href="{WebUtility.HtmlEncode(link.AbsoluteUri)}">{WebUtility.HtmlEncode(action)}</a></p>
                <p>{WebUtility.HtmlEncode(signature)}</p>
                </body></html>
                """;
            message.Body = new BodyBuilder { TextBody = plain, HtmlBody = html }.ToMessageBody();
            return message;
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    public string this[string key, string language, params object[] arguments]
    {
        get
        {
            var previous = CultureInfo.CurrentUICulture;
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language);
            try
            {
                return text[key, arguments].Value;
            }
            finally
            {
                CultureInfo.CurrentUICulture = previous;
            }
        }
    }
}
