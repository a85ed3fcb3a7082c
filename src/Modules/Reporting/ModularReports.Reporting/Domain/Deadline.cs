namespace ModularReports.Reporting.Domain;

/// <summary>Where a task stands against its due date: a progress report's period, or a review step's time (named in the API).</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<DeadlineStatus>))]
internal enum DeadlineStatus
{
    /// <summary>No date to meet, or met: the report is submitted (or further) or the date is far off.</summary>
    None,

    /// <summary>Due within the period's reminder lead time (two weeks when the period reminds nobody).</summary>
    DueSoon,

    /// <summary>The due date has passed and what was due is not done.</summary>
    Overdue,
}

internal static class Deadline
{
    public const int DefaultLeadDays = 14;

    /// <summary>How many days before a review step's due date its task shows as due soon.</summary>
    public const int ReviewLeadDays = 2;

    /// <summary>When a review step that began at <paramref name="since"/> and has <paramref name="dueAfter"/> is due.</summary>
    public static DateTime? ReviewDue(DateTime since, TimeSpan? dueAfter) => dueAfter is { } after ? since + after : null;

    /// <summary>A review step due at <paramref name="dueAt"/>, at <paramref name="now"/>: overdue to the hour, due soon two days before.</summary>
    public static DeadlineStatus OfReview(DateTime? dueAt, DateTime now) => dueAt switch
    {
        null => DeadlineStatus.None,
        { } due when now > due => DeadlineStatus.Overdue,
        { } due when now >= due.AddDays(-ReviewLeadDays) => DeadlineStatus.DueSoon,
        _ => DeadlineStatus.None,
    };

    /// <summary>
    /// A progress report still being written (<paramref name="beingWritten"/>: a state its authors edit) against the
    /// due date of its period, on <paramref name="today"/>.
    /// </summary>
    public static DeadlineStatus Of(DateOnly? dueOn, int remindDaysBefore, bool beingWritten, DateOnly today) => dueOn switch
    {
        null => DeadlineStatus.None,
        _ when !beingWritten => DeadlineStatus.None,
        { } due when today > due => DeadlineStatus.Overdue,
        { } due when today >= due.AddDays(-(remindDaysBefore > 0 ? remindDaysBefore : DefaultLeadDays)) => DeadlineStatus.DueSoon,
        _ => DeadlineStatus.None,
    };
}
