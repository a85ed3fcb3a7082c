namespace ModularReports.Notifications.Domain;

/// <summary>
/// A message for one person in the application (the bell in the header), written in their language when the
/// event arrived. <see cref="SourceKey"/> names the event, so one event gives one notification per recipient.
/// </summary>
internal sealed class Notification
{
    public const int TitleMaxLength = 300;

    public const int BodyMaxLength = 4000;

    public Guid Id { get; init; }

    public Guid RecipientUserId { get; init; }

    public required string SourceKey { get; init; }

    /// <summary>What happened (<see cref="NotificationKinds"/>), for filters and icons.</summary>
    public required string Kind { get; init; }

    public required string Title { get; init; }

    public string Body { get; init; } = string.Empty;

    /// <summary>Path of the page where the recipient acts (relative: the same link works behind any host name).</summary>
    public required string Link { get; init; }

    public DateTime CreatedAt { get; init; }

    /// <summary>When what it tells of happened (events may be handled late, and out of order).</summary>
    public DateTime? OccurredAt { get; init; }

    public DateTime? ReadAt { get; set; }

    /// <summary>
    /// When the task the notification asked for was done (a report waiting for review was decided on, withdrawn or
    /// moved on): it no longer waits for its reader. Read at the same moment, if it was not.
    /// </summary>
    public DateTime? DoneAt { get; private set; }

    /// <summary>The notification's report, for the notifications that ask someone to act on it.</summary>
    public static string ReportKeyPrefix(string kind, Guid reportId) => $"{kind}/{reportId:N}/";

    /// <summary>What it asked for is done: it waits for nobody, in the application or in tomorrow's digest.</summary>
    public void MarkDone(DateTime now)
    {
        DoneAt ??= now;
        ReadAt ??= now;
        AwaitsDigest = false;
    }

    /// <summary>True while the notification waits for its recipient's daily digest e-mail.</summary>
    public bool AwaitsDigest { get; set; }
}

/// <summary>The kinds of notification, as stored and as the API returns them.</summary>
internal static class NotificationKinds
{
    public const string Submitted = "submitted";
    public const string Returned = "returned";
    public const string Accepted = "accepted";
    public const string Approved = "approved";
    public const string Published = "published";
    public const string Moved = "moved";
    public const string Reminder = "reminder";
    public const string DueSoon = "dueSoon";
    public const string SignInLockedOut = "signInLockedOut";
}
