using ModularReports.BuildingBlocks.Messaging;
using ModularReports.Notifications.Data;

namespace ModularReports.Notifications.Delivery;

/// <summary>An inbox consumer that may queue e-mails: they go to the sender once its transaction has committed.</summary>
internal abstract class EmailingConsumer<TMessage>(NotificationsDbContext db, TimeProvider clock, EmailQueue emails)
    : InboxConsumer<TMessage, NotificationsDbContext>(db, clock)
    where TMessage : class
{
    protected EmailQueue Emails => emails;

    protected sealed override Task AfterCommitAsync(CancellationToken cancellationToken)
    {
        emails.Release();
        return Task.CompletedTask;
    }
}
