using ModularReports.BuildingBlocks.Abstractions;

namespace ModularReports.Reporting.Contracts;

/// <summary>
/// A report moved in its review (submitted, returned with a comment, accepted...). <paramref name="NotifyActors"/> are
/// the workflow definition's notification rules for this move (author, assignedFocalPoint, ...).
/// </summary>
public sealed record ActivityReportTransitioned(
    Guid ReportId, Guid ResolutionId, Guid ConstituentId, Guid AuthorUserId, string From, string To, string Trigger, string? Comment,
    Guid? ActorUserId, IReadOnlyList<string> NotifyActors, DateTimeOffset OccurredAt) : IIntegrationEvent;

/// <summary>A workflow timer asks for a reminder about a report that has waited in <paramref name="State"/>.</summary>
public sealed record ActivityReportReminderDue(
    Guid ReportId, Guid ResolutionId, Guid ConstituentId, Guid AuthorUserId, string State, IReadOnlyList<string> RemindActors, DateTimeOffset OccurredAt)
    : IIntegrationEvent;
