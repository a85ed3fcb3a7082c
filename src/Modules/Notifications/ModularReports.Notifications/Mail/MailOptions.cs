using MailKit.Security;
using Microsoft.Extensions.Configuration;

namespace ModularReports.Notifications.Mail;

/// <summary>
/// Bound from <c>Mail</c>: the sender, the SMTP server (when <c>Mail:Smtp:Host</c> is set; otherwise messages are
/// written as .eml files to <see cref="PickupDirectory"/>), and how often a failed send is retried.
/// </summary>
internal sealed class MailOptions
{
    public string From { get; set; } = "ModularReports <no-reply@modularreports.local>";

    /// <summary>Folder for .eml files (relative to the working directory, like the SQLite file).</summary>
    public string PickupDirectory { get; set; } = "data/mail";

    public SmtpOptions Smtp { get; set; } = new();

    /// <summary>The waits between attempts; their count is the retry budget (one first attempt plus one per delay).</summary>
    public IReadOnlyList<TimeSpan> RetryDelays { get; set; } = [];

    public static IReadOnlyList<TimeSpan> DefaultRetryDelays { get; } =
    [
        TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(30),
        TimeSpan.FromHours(2), TimeSpan.FromHours(6),
    ];

    /// <summary>How often the sender looks for deliveries nobody woke it for (left by a stopped process or another instance).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How many deliveries one pass claims, and how many of them are sent at once.</summary>
    public int BatchSize { get; set; } = 20;

    public int SendConcurrency { get; set; } = 4;

    public bool UsesSmtp => !string.IsNullOrWhiteSpace(Smtp.Host);

    public static MailOptions Read(IConfiguration configuration)
    {
        var section = configuration.GetSection("Mail");
        var options = new MailOptions
        {
            From = section["From"] is { Length: > 0 } from ? from : new MailOptions().From,
            PickupDirectory = section["PickupDirectory"] is { Length: > 0 } folder ? folder : "data/mail",
            Smtp = section.GetSection("Smtp").Get<SmtpOptions>() ?? new SmtpOptions(),
            PollInterval = section.GetValue("PollInterval", TimeSpan.FromSeconds(30)),
            BatchSize = Math.Max(1, section.GetValue("BatchSize", 20)),
            SendConcurrency = Math.Max(1, section.GetValue("SendConcurrency", 4)),
        };
        var delays = section.GetSection("RetryDelays").Get<TimeSpan[]>();
        options.RetryDelays = delays is { Length: > 0 } ? delays : DefaultRetryDelays;
        return options;
    }
}

/// <summary>An SMTP server (MailKit). <see cref="Security"/>: Auto, None, StartTls, StartTlsWhenAvailable or SslOnConnect.</summary>
internal sealed class SmtpOptions
{
    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    public SecureSocketOptions Security { get; set; } = SecureSocketOptions.Auto;

    public string? UserName { get; set; }

    public string? Password { get; set; }

    /// <summary>How long one command may take before the attempt counts as failed.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
}
