namespace ModularReports.Notifications.Domain;

/// <summary>How a person wants their e-mail: each notification at once, or one digest a day. In-app is always on.</summary>
internal sealed class NotificationPreference
{
    public Guid UserId { get; init; }

    public EmailMode EmailMode { get; set; }

    public DateTime UpdatedAt { get; set; }
}

internal enum EmailMode
{
    Immediate = 0,
    DailyDigest = 1,
}
