using ModularReports.Notifications.Data;
using ModularReports.Notifications.Delivery;
using ModularReports.Notifications.Features.Sending;
using ModularReports.Reporting.Contracts;

namespace ModularReports.Notifications.Features.ReportMessages;

/// <summary>A workflow timer ran out: remind (or, when the definition names admins, escalate to) the actors it names.</summary>
internal sealed class ReportReminderConsumer(
    NotificationsDbContext db, TimeProvider clock, Recipients recipients, NotificationWriter writer, EmailQueue emails, ReportTexts texts,
    ReviewTasks reviewTasks)
    : EmailingConsumer<ReportReminderDue>(db, clock, emails)
{
    protected override async Task HandleAsync(ReportReminderDue message, CancellationToken cancellationToken)
    {
        var people = await recipients.ResolveAsync(
            message.RemindActors, message.ResolutionId, message.ConstituentId, message.AuthorUserIds, contributorUserIds: [], except: null, cancellationToken);
        await writer.WriteAsync(
            $"{Notification.ReportKeyPrefix(message.Kind, message.ReportId)}remind/{message.State}/{message.OccurredAt.UtcTicks}", people,
            async _ =>
            {
                var (code, title) = await texts.ResolutionAsync(message.ResolutionId, cancellationToken);
                var (state, _) = await texts.StateAsync(message.DefinitionKey, message.DefinitionVersion, message.State, cancellationToken);
                var kind = texts.KindLabel(message.Kind);
                return new NotificationContent(
                    NotificationKinds.Reminder, texts["Reminder_Subject", kind, code, title, string.Empty, state],
                    [texts["Reminder_Body", kind, code, title, string.Empty, state]], texts["Action_Open"], ReportTexts.Link(message.Kind, message.ReportId));
            },
            message.OccurredAt.UtcDateTime, cancellationToken);
        await reviewTasks.FollowAsync(message, cancellationToken);
    }
}
