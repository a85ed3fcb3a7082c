using Hangfire;
using Microsoft.EntityFrameworkCore;
using MimeKit;
using ModularReports.Notifications.Data;
using ModularReports.Notifications.Domain;

namespace ModularReports.Notifications.Delivery;

/// <summary>
/// Queues e-mails in the caller's unit of work (an <see cref="EmailDelivery"/> each, with a fixed Message-ID) and,
/// once that has committed, hands them to the background sender. A queue lost between the commit and the hand-over
/// is picked up by <see cref="DeliverySweepTask"/>.
/// </summary>
internal sealed class EmailQueue(NotificationsDbContext db, IBackgroundJobClient jobs, TimeProvider clock)
{
    private readonly List<Guid> queued = [];

    /// <summary>False when an e-mail with this key exists already (the same event for the same person).</summary>
    public async Task<bool> AddAsync(string sourceKey, Guid? recipientUserId, MimeMessage message, CancellationToken cancellationToken)
    {
        if (db.EmailDeliveries.Local.Any(d => d.SourceKey == sourceKey)
            || await db.EmailDeliveries.AnyAsync(d => d.SourceKey == sourceKey, cancellationToken))
        {
            return false;
        }

        var id = Guid.CreateVersion7();
        message.MessageId = $"{id:N}@modularreports";
        using var mime = new MemoryStream();
        await message.WriteToAsync(mime, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        db.EmailDeliveries.Add(new EmailDelivery
        {
            Id = id, SourceKey = sourceKey, RecipientUserId = recipientUserId, ToAddress = message.To.Mailboxes.First().Address,
            Subject = Truncate(message.Subject ?? string.Empty, Notification.TitleMaxLength), Mime = mime.ToArray(), Status = EmailStatus.Pending,
            CreatedAt = now, NextAttemptAt = now,
        });
        queued.Add(id);
        return true;
    }

    /// <summary>Call after the commit: from here on the sender owns the deliveries.</summary>
    public void Release()
    {
        foreach (var id in queued)
        {
            Enqueue(jobs, id);
        }

        queued.Clear();
    }

    public static void Enqueue(IBackgroundJobClient jobs, Guid deliveryId) =>
        jobs.Enqueue<EmailSendJob>(job => job.SendAsync(deliveryId, CancellationToken.None));

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length];
}
