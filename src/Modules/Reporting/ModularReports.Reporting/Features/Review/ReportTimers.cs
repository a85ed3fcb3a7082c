using ModularReports.Reporting.Data;

namespace ModularReports.Reporting.Features.Review;

/// <summary>
/// The workflow timers of one kind of report: a reminder becomes an event for the Notifications module; a timed
/// transition is fired as the system through the same command (and guards) a person uses. A report that has moved on
/// since is left alone.
/// </summary>
internal sealed class ReportTimers(string kind, ReportStore store, IMediator mediator) : IWorkflowTimerTarget
{
    public string DocumentType => kind;

    public async Task OnTimerAsync(WorkflowTimerDue due, CancellationToken cancellationToken)
    {
        var report = await store.FindAsync(kind, due.DocumentId, cancellationToken);
        if (report is null || report.State != due.State)
        {
            return;
        }

        if (due.Action == "fire" && due.Trigger is { } trigger)
        {
            await mediator.Send(new ActOnReport(kind, report.Id, trigger, Comment: null, AsSystem: true, WithReport: false), cancellationToken);
            return;
        }

        // Dated when it fell due, not when it ran: a timer run again after a crash (its lease ran out before it was
        // deleted) gives the same reminder, which the notifications recognise and do not send twice.
        var (constituent, period) = ReportReview.Of(report);
        store.Publish(new ReportReminderDue(
            kind, report.Id, report.ResolutionId, constituent, period, report.Authors, report.State, due.Actors, due.DueAt,
            report.DefinitionKey, report.DefinitionVersion));
        await store.SaveAsync(cancellationToken);
    }
}
