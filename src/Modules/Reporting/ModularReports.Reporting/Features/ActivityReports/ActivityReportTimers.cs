using Mediator;
using ModularReports.Reporting.Contracts;
using ModularReports.Reporting.Data;
using ModularReports.Workflow.Contracts;

namespace ModularReports.Reporting.Features.ActivityReports;

/// <summary>
/// A workflow timer on an activity report: a reminder becomes an event for the Notifications module; a timed
/// transition is fired as the system through the same command (and guards) a person uses. A report that has moved on
/// since is left alone.
/// </summary>
internal sealed class ActivityReportTimers(ReportingDbContext db, IMediator mediator, TimeProvider clock) : IWorkflowTimerTarget
{
    public string DocumentType => ReportKinds.Activity;

    public async Task OnTimerAsync(WorkflowTimerDue due, CancellationToken cancellationToken)
    {
        var report = await db.ActivityReports.FindAsync([due.DocumentId], cancellationToken);
        if (report is null || report.State != due.State)
        {
            return;
        }

        if (due.Action == "fire" && due.Trigger is { } trigger)
        {
            await mediator.Send(new FireTrigger(report.Id, trigger, Comment: null, AsSystem: true), cancellationToken);
            return;
        }

        db.Publish(new ReportReminderDue(
            ReportKinds.Activity, report.Id, report.ResolutionId, report.ConstituentId, null, [report.AuthorUserId, .. report.CoAuthorIds], report.State,
            due.Actors, clock.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);
    }
}
