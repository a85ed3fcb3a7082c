using Hangfire;
using Microsoft.EntityFrameworkCore;
using ModularReports.BuildingBlocks.Hosting;
using ModularReports.Notifications.Data;
using ModularReports.Notifications.Domain;

namespace ModularReports.Notifications.Delivery;

/// <summary>
/// Every minute: hands pending deliveries whose attempt is overdue by more than a minute back to the sender (their
/// job was lost, e.g. the process stopped between a commit and the hand-over). The sender's lease makes a second
/// job for the same delivery harmless.
/// </summary>
internal sealed class DeliverySweepTask(NotificationsDbContext db, IBackgroundJobClient jobs, TimeProvider clock) : IRecurringTask
{
    public string Name => "notifications-delivery-sweep";

    public string Cron => "* * * * *";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var overdue = now.AddMinutes(-1);
        var ids = await db.EmailDeliveries
            .Where(d => d.Status == EmailStatus.Pending && d.NextAttemptAt < overdue && (d.LeaseUntil == null || d.LeaseUntil < now))
            .OrderBy(d => d.NextAttemptAt).Select(d => d.Id).Take(500).ToListAsync(cancellationToken);
        foreach (var id in ids)
        {
            EmailQueue.Enqueue(jobs, id);
        }
    }
}
