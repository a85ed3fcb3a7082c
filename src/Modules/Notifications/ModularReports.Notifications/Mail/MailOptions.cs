using Microsoft.Extensions.Configuration;

namespace ModularReports.Notifications.Mail;

/// <summary>Bound from <c>Mail</c>: the sender, and where messages go while no SMTP server is configured.</summary>
internal sealed class MailOptions
{
    public string From { get; set; } = "ModularReports <no-reply@modularreports.local>";

    /// <summary>Folder for .eml files (relative to the working directory, like the SQLite file).</summary>
    public string PickupDirectory { get; set; } = "data/mail";

    public static MailOptions Read(IConfiguration configuration)
    {
        var options = new MailOptions();
        configuration.GetSection("Mail").Bind(options);
        return options;
    }
}
