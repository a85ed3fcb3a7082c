using ModularReports.BuildingBlocks.Abstractions;

namespace ModularReports.Reporting.Contracts;

/// <summary>The two kinds of report, as events and workflow timers name them.</summary>
public static class ReportKinds
{
    public const string Activity = "activity-report";

    public const string Progress = "progress-report";

    public static IReadOnlyList<string> All { get; } = [Activity, Progress];
}

/// <summary>
/// A report moved in its review (submitted, returned with a comment, accepted, approved, published...).
/// <paramref name="Kind"/> is one of <see cref="ReportKinds"/>; <paramref name="ConstituentId"/> is the reporting
/// organisation of an activity report and <paramref name="PeriodId"/> the reporting period of a progress report.
/// <paramref name="Notices"/> are the workflow definition's notification rules for this move: a message kind and whom
/// it tells (author, assignedFocalPoint, ...); <paramref name="AuthorUserIds"/> are who "author" means for this report.
/// <paramref name="DefinitionKey"/> and <paramref name="DefinitionVersion"/> name the definition that labels the states.
/// <paramref name="ContributorUserIds"/> are who "contributors" means, when a notice names them: for a progress report,
/// the authors of the activity reports consolidated into it. <paramref name="BecamePublic"/>: the move published the report
/// (it entered a public state from one that was not), which is what the resolution's followers hear of.
/// </summary>
public sealed record ReportTransitioned(
    string Kind, Guid ReportId, Guid ResolutionId, Guid? ConstituentId, Guid? PeriodId, IReadOnlyList<Guid> AuthorUserIds, string From, string To,
    string Trigger, string? Comment, Guid? ActorUserId, IReadOnlyList<ReportNotice> Notices, DateTimeOffset OccurredAt,
    string DefinitionKey, int DefinitionVersion, IReadOnlyList<Guid>? ContributorUserIds = null, bool BecamePublic = false) : IIntegrationEvent;

/// <summary>
/// Whom to tell of a move (workflow actors) and with which message: submitted, returned, accepted, approved,
/// published or moved (the workflow definition's <c>notifications[].message</c>).
/// </summary>
public sealed record ReportNotice(string Message, IReadOnlyList<string> Actors);

/// <summary>A workflow timer asks for a reminder about a report that has waited in <paramref name="State"/>.</summary>
public sealed record ReportReminderDue(
    string Kind, Guid ReportId, Guid ResolutionId, Guid? ConstituentId, Guid? PeriodId, IReadOnlyList<Guid> AuthorUserIds, string State,
    IReadOnlyList<string> RemindActors, DateTimeOffset OccurredAt, string DefinitionKey, int DefinitionVersion) : IIntegrationEvent;

/// <summary>
/// A reporting period's due date is near and the resolution's progress report has not been submitted
/// (<paramref name="ProgressReportId"/> is null when none was started). Sent once per period and resolution,
/// <paramref name="DaysBefore"/> days before <paramref name="DueOn"/> as an admin set it.
/// </summary>
public sealed record ProgressReportDueSoon(
    Guid PeriodId, string PeriodName, DateOnly DueOn, int DaysBefore, Guid ResolutionId, Guid? ProgressReportId,
    IReadOnlyList<Guid> FocalPointUserIds, DateTimeOffset OccurredAt) : IIntegrationEvent;
