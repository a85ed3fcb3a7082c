namespace ModularReports.Notifications.Mail;

/// <summary>
/// Writes each message as a standard .eml file (RFC 5322, opens in any mail program) into the pickup folder:
/// on the embedded default, this is where a new user reads what would have been sent. The file is named after the
/// message's id, so sending the same message again does not make a second file.
/// </summary>
internal sealed class PickupDirectoryTransport(MailOptions options) : IMailTransport
{
    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        var folder = Path.GetFullPath(options.PickupDirectory);
        Directory.CreateDirectory(folder);
        var id = string.Concat((message.MessageId ?? MimeKit.Utils.MimeUtils.GenerateMessageId()).Select(c => char.IsLetterOrDigit(c) ? c : '-'));
        var path = Path.Combine(folder, $"{message.Date.UtcDateTime:yyyyMMdd-HHmmss}-{id}.eml");
        if (File.Exists(path))
        {
            return;
        }

        var temporary = path + ".tmp";
        await message.WriteToAsync(temporary, cancellationToken);
        // Readers never see a half-written file.
        File.Move(temporary, path, overwrite: true);
    }
}
