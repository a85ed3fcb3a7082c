using Mediator;
using ModularReports.Reporting.Contracts;
using ModularReports.Reporting.Data;
using ModularReports.Reporting.Domain;
using ModularReports.Reporting.Features.Review;

namespace ModularReports.Reporting.Features.ProgressReports;

/// <summary>Timers on progress reports, e.g. publication three days after approval, reminders to reviewers.</summary>
internal sealed class ProgressReportTimers(ReportingDbContext db, IMediator mediator) : ReportTimers<ProgressReport>(db)
{
    public override string DocumentType => ReportKinds.Progress;

    protected override async Task FireAsSystemAsync(Guid reportId, string trigger, CancellationToken cancellationToken) =>
        await mediator.Send(new FireProgressTrigger(reportId, trigger, Comment: null, AsSystem: true, WithReport: false), cancellationToken);

    protected override ReportReminderDue Reminder(ProgressReport report, IReadOnlyList<string> actors, DateTimeOffset at) =>
        new(ReportKinds.Progress, report.Id, report.ResolutionId, null, report.PeriodId, [report.AuthorUserId], report.State, actors, at,
            report.DefinitionKey, report.DefinitionVersion);
}
