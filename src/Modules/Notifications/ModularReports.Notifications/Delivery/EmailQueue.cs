using ModularReports.Notifications.Data;

namespace ModularReports.Notifications.Delivery;

/// <summary>
/// Queues e-mails in the caller's unit of work (an <see cref="EmailDelivery"/> each, with a fixed Message-ID) and,
/// once that has committed, wakes the <see cref="EmailSender"/> (which also finds them on its own, e.g. after a restart).
/// </summary>
internal sealed class EmailQueue(NotificationsDbContext db, EmailSignal signal, TimeProvider clock)
{
    private bool queued;

    /// <summary>False when an e-mail with this key exists already (the same event for the same person).</summary>
    public async Task<bool> AddAsync(string sourceKey, Guid? recipientUserId, MimeMessage message, CancellationToken cancellationToken)
    {
        if (db.EmailDeliveries.Local.Any(d => d.SourceKey == sourceKey)
            || await db.EmailDeliveries.AnyAsync(d => d.SourceKey == sourceKey, cancellationToken))
        {
            return false;
        }

        await AddNewAsync(sourceKey, recipientUserId, message, cancellationToken);
        return true;
    }

    /// <summary>
    /// Queues an e-mail whose key the caller knows to be new: the e-mail of a notification that is itself new and
    /// written in the same unit of work (the two are only ever written together). Saves a query per e-mail.
    /// </summary>
    public async Task AddNewAsync(string sourceKey, Guid? recipientUserId, MimeMessage message, CancellationToken cancellationToken)
    {
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
        queued = true;
    }

    /// <summary>Call after the commit: from here on the sender owns the deliveries.</summary>
    public void Release()
    {
        if (queued)
        {
            queued = false;
            signal.Notify();
        }
    }

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length];
}
