using ModularReports.BuildingBlocks.Persistence;

namespace ModularReports.Reporting.Domain;

/// <summary>A span of time progress reports are compiled for (usually a year), with the date they are due.</summary>
internal sealed class ReportingPeriod : IVersioned
{
    public Guid Id { get; init; }

    public required string Name { get; set; }

    public DateOnly StartsOn { get; set; }

    public DateOnly EndsOn { get; set; }

    public DateOnly DueOn { get; set; }

    /// <summary>How many days before <see cref="DueOn"/> focal points with nothing submitted are reminded (0: never).</summary>
    public int RemindDaysBefore { get; set; } = DefaultRemindDaysBefore;

    /// <summary>When the due-date reminders went out; cleared when the date or the lead time changes.</summary>
    public DateOnly? DueReminderSentOn { get; set; }

    public const int DefaultRemindDaysBefore = 14;

    public int Version { get; set; }

    /// <summary>Whether an activity report covering <paramref name="from"/>..<paramref name="to"/> falls (partly) in this period.</summary>
    public bool Overlaps(DateOnly? from, DateOnly? to) => from is not null && to is not null && from <= EndsOn && to >= StartsOn;
}
