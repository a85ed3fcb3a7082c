using ModularReports.Notifications.Data;
using ModularReports.Reporting.Contracts;

namespace ModularReports.Notifications.Features.ReportMessages;

/// <summary>
/// The notifications that ask people to act on a report (it waits for their review; a reminder) are done once it is
/// acted on: for everyone when it changes state after they were asked (decided, withdrawn, taken into review), and for
/// the person who acted when it stays (one approval of several). Its next submission asks again. Moves may be handled
/// out of order, so a request handled after a later change of state is done at once.
/// </summary>
internal sealed class ReviewTasks(NotificationsDbContext db, TimeProvider clock)
{
    private static readonly string[] AskToAct = [NotificationKinds.Submitted, NotificationKinds.Reminder];

    /// <summary>After a move's own notifications are written (in the same unit of work).</summary>
    public Task FollowAsync(ReportTransitioned move, CancellationToken cancellationToken) => FollowAsync(
        move.Kind, move.ReportId, move.OccurredAt.UtcDateTime, move.From != move.To, move.ActorUserId, cancellationToken);

    /// <summary>After a reminder is written: done at once if the report has changed state since.</summary>
    public Task FollowAsync(ReportReminderDue reminder, CancellationToken cancellationToken) => FollowAsync(
        reminder.Kind, reminder.ReportId, reminder.OccurredAt.UtcDateTime, stateChanged: false, actor: null, cancellationToken);

    private async Task FollowAsync(string kind, Guid reportId, DateTime at, bool stateChanged, Guid? actor, CancellationToken cancellationToken)
    {
        var key = Notification.ReportKeyPrefix(kind, reportId);
        var change = await db.ReportStateChanges.SingleOrDefaultAsync(c => c.ReportKey == key, cancellationToken);
        if (stateChanged)
        {
            if (change is null)
            {
                change = new ReportStateChange { ReportKey = key, ChangedAt = at };
                db.ReportStateChanges.Add(change);
            }
            else if (at > change.ChangedAt)
            {
                change.ChangedAt = at;
            }
        }

        var open = await db.Notifications.Where(n => n.SourceKey.StartsWith(key) && n.DoneAt == null && AskToAct.Contains(n.Kind))
            .ToListAsync(cancellationToken);
        open.AddRange(db.Notifications.Local.Where(n => n.SourceKey.StartsWith(key, StringComparison.Ordinal) && n.DoneAt == null
            && AskToAct.Contains(n.Kind) && db.Entry(n).State == EntityState.Added));
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var notification in open.Distinct())
        {
            var asked = notification.OccurredAt ?? notification.CreatedAt;
            var movedOnSince = change is not null && change.ChangedAt > asked;
            var actedThemselves = actor is not null && actor == notification.RecipientUserId && at >= asked;
            if (movedOnSince || actedThemselves)
            {
                notification.MarkDone(now);
            }
        }
    }
}
