namespace ModularReports.Reporting.Domain;

/// <summary>Where a report stands against its period's due date (named in the API).</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<DeadlineStatus>))]
internal enum DeadlineStatus
{
    /// <summary>No date to meet, or met: the report is submitted (or further) or the date is far off.</summary>
    None,

    /// <summary>Due within the period's reminder lead time (two weeks when the period reminds nobody).</summary>
    DueSoon,

    /// <summary>The due date has passed and the report is still being written.</summary>
    Overdue,
}

internal static class Deadline
{
    public const int DefaultLeadDays = 14;

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
