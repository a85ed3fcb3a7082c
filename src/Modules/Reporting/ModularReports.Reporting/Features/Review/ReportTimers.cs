using ModularReports.Reporting.Contracts;
using ModularReports.Reporting.Data;
using ModularReports.Reporting.Domain;
using ModularReports.Workflow.Contracts;

namespace ModularReports.Reporting.Features.Review;

/// <summary>
/// A workflow timer on a report: a reminder becomes an event for the Notifications module; a timed transition is fired
/// as the system through the same command (and guards) a person uses. A report that has moved on since is left alone.
/// </summary>
internal abstract class ReportTimers<TReport>(ReportingDbContext db) : IWorkflowTimerTarget
    where TReport : class, IReviewedReport
{
    public abstract string DocumentType { get; }

    public async Task OnTimerAsync(WorkflowTimerDue due, CancellationToken cancellationToken)
    {
        var report = await db.Set<TReport>().FindAsync([due.DocumentId], cancellationToken);
        if (report is null || report.State != due.State)
        {
            return;
        }

        if (due.Action == "fire" && due.Trigger is { } trigger)
        {
            await FireAsSystemAsync(report.Id, trigger, cancellationToken);
            return;
        }

        // Dated when it fell due, not when it ran: a timer run again after a crash (its lease ran out before it was
        // deleted) gives the same reminder, which the notifications recognise and do not send twice.
        db.Publish(Reminder(report, due.Actors, due.DueAt));
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Sends the kind's own transition command with the system as actor.</summary>
    protected abstract Task FireAsSystemAsync(Guid reportId, string trigger, CancellationToken cancellationToken);

    protected abstract ReportReminderDue Reminder(TReport report, IReadOnlyList<string> actors, DateTimeOffset at);
}
