using ModularReports.BuildingBlocks.Hosting;
using ModularReports.Reporting.Data;

namespace ModularReports.Reporting.Features.Periods;

/// <summary>
/// Once per period, when its due date is <c>RemindDaysBefore</c> days away or nearer: one
/// <see cref="ProgressReportDueSoon"/> per resolution whose progress report for the period was never submitted.
/// The period's mark and the events are saved in one transaction, so a rerun sends nothing twice.
/// </summary>
internal sealed record SendDueReminders(DateOnly Today) : ICommand<int>;

internal sealed class SendDueRemindersHandler(ReportingDbContext db, IFocalPointDirectory focalPoints, TimeProvider clock)
    : ICommandHandler<SendDueReminders, int>
{
    public async ValueTask<int> Handle(SendDueReminders command, CancellationToken cancellationToken)
    {
        var today = command.Today;
        var periods = (await db.Periods.Where(p => p.DueReminderSentOn == null && p.RemindDaysBefore > 0 && p.DueOn >= today)
                .ToListAsync(cancellationToken))
            .Where(p => today >= p.DueOn.AddDays(-p.RemindDaysBefore))
            .ToList();
        if (periods.Count == 0)
        {
            return 0;
        }

        var assignments = await focalPoints.AllAssignmentsAsync(cancellationToken);
        var sent = 0;
        foreach (var period in periods)
        {
            var reports = await db.ProgressReports.AsNoTracking().Where(r => r.PeriodId == period.Id)
                .Select(r => new { r.ResolutionId, r.Id, Submitted = r.SubmitterUserId != null })
                .ToDictionaryAsync(r => r.ResolutionId, cancellationToken);
            foreach (var (resolutionId, users) in assignments)
            {
                var report = reports.GetValueOrDefault(resolutionId);
                if (report is { Submitted: true } || users.Count == 0)
                {
                    continue;
                }

                db.Publish(new ProgressReportDueSoon(
                    period.Id, period.Name, period.DueOn, period.RemindDaysBefore, resolutionId, report?.Id, users, clock.GetUtcNow()));
                sent++;
            }

            period.DueReminderSentOn = today;
        }

        await db.SaveChangesAsync(cancellationToken);
        return sent;
    }
}

/// <summary>Checks the due dates once a day (06:00 UTC unless <c>BackgroundJobs:Schedules:reporting-period-due-reminders</c> says otherwise).</summary>
internal sealed class DueRemindersTask(IMediator mediator, TimeProvider clock) : IRecurringTask
{
    public string Name => "reporting-period-due-reminders";

    public string Cron => "0 6 * * *";

    public async Task RunAsync(CancellationToken cancellationToken) =>
        await mediator.Send(new SendDueReminders(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)), cancellationToken);
}
