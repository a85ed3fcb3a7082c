namespace ModularReports.Notifications.Mail;

/// <summary>Where an e-mail goes once composed.</summary>
internal interface IMailTransport
{
    Task SendAsync(MimeMessage message, CancellationToken cancellationToken);
}
