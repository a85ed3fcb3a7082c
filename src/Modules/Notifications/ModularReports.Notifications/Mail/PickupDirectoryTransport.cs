using MimeKit;

namespace ModularReports.Notifications.Mail;

/// <summary>
/// Writes each message as a standard .eml file (RFC 5322, opens in any mail program) into the pickup folder:
/// on the embedded default, this is where a new user reads what would have been sent.
/// </summary>
internal sealed class PickupDirectoryTransport(MailOptions options, TimeProvider clock) : IMailTransport
{
    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        var folder = Path.GetFullPath(options.PickupDirectory);
        Directory.CreateDirectory(folder);
        var name = $"{clock.GetUtcNow():yyyyMMdd-HHmmss}-{Guid.NewGuid():N}.eml";
        var temporary = Path.Combine(folder, name + ".tmp");
        await message.WriteToAsync(temporary, cancellationToken);
        // Readers never see a half-written file.
        File.Move(temporary, Path.Combine(folder, name));
    }
}
