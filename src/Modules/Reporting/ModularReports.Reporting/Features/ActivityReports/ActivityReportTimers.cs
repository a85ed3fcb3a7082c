using Mediator;
using ModularReports.Reporting.Contracts;
using ModularReports.Reporting.Data;
using ModularReports.Reporting.Domain;
using ModularReports.Reporting.Features.Review;

namespace ModularReports.Reporting.Features.ActivityReports;

/// <summary>Timers on activity reports, e.g. reminders to the focal points after two weeks in review.</summary>
internal sealed class ActivityReportTimers(ReportingDbContext db, IMediator mediator) : ReportTimers<ActivityReport>(db)
{
    public override string DocumentType => ReportKinds.Activity;

    protected override async Task FireAsSystemAsync(Guid reportId, string trigger, CancellationToken cancellationToken) =>
        await mediator.Send(new FireTrigger(reportId, trigger, Comment: null, AsSystem: true, WithReport: false), cancellationToken);

    protected override ReportReminderDue Reminder(ActivityReport report, IReadOnlyList<string> actors, DateTimeOffset at) =>
        new(ReportKinds.Activity, report.Id, report.ResolutionId, report.ConstituentId, null, [report.AuthorUserId, .. report.CoAuthorIds], report.State, actors, at,
            report.DefinitionKey, report.DefinitionVersion);
}
