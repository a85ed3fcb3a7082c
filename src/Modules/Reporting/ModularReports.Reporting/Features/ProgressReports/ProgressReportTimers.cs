using Mediator;
using ModularReports.Reporting.Contracts;
using ModularReports.Reporting.Data;
using ModularReports.Workflow.Contracts;

namespace ModularReports.Reporting.Features.ProgressReports;

/// <summary>A workflow timer on a progress report (e.g. publish three days after approval, remind reviewers).</summary>
internal sealed class ProgressReportTimers(ReportingDbContext db, IMediator mediator, TimeProvider clock) : IWorkflowTimerTarget
{
    public string DocumentType => ReportKinds.Progress;

    public async Task OnTimerAsync(WorkflowTimerDue due, CancellationToken cancellationToken)
    {
        var report = await db.ProgressReports.FindAsync([due.DocumentId], cancellationToken);
        if (report is null || report.State != due.State)
        {
            return;
        }

        if (due.Action == "fire" && due.Trigger is { } trigger)
        {
            await mediator.Send(new FireProgressTrigger(report.Id, trigger, Comment: null, AsSystem: true), cancellationToken);
            return;
        }

        db.Publish(new ReportReminderDue(
            ReportKinds.Progress, report.Id, report.ResolutionId, null, report.PeriodId, [report.AuthorUserId], report.State, due.Actors, clock.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);
    }
}
