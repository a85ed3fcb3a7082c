using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using MimeKit;
using ModularReports.Notifications.Data;
using ModularReports.Notifications.Domain;
using ModularReports.Notifications.Mail;

namespace ModularReports.Notifications.Delivery;

/// <summary>
/// Sends one delivery. The attempt is claimed with a lease (a duplicate job or a sweep finds it taken or done and
/// leaves it), counted, and its outcome saved; a failure schedules the next attempt after the configured backoff,
/// and the last failure marks the delivery failed for an admin to see and resend. Hangfire's own retries are off:
/// the delivery row, not the job, holds the count.
/// </summary>
[AutomaticRetry(Attempts = 0)]
internal sealed partial class EmailSendJob(
    NotificationsDbContext db, IMailTransport transport, MailOptions options, IBackgroundJobClient jobs, TimeProvider clock, ILogger<EmailSendJob> logger)
{
    public async Task SendAsync(Guid deliveryId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var lease = now + options.Smtp.Timeout * 4;
        var claimed = await db.EmailDeliveries
            .Where(d => d.Id == deliveryId && d.Status == EmailStatus.Pending && (d.LeaseUntil == null || d.LeaseUntil < now))
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.LeaseUntil, lease).SetProperty(d => d.Attempts, d => d.Attempts + 1), cancellationToken);
        if (claimed == 0)
        {
            return; // sent, failed, or being sent by another worker
        }

        var delivery = await db.EmailDeliveries.SingleAsync(d => d.Id == deliveryId, cancellationToken);
        TimeSpan? retryIn = null;
        try
        {
            using var mime = new MemoryStream(delivery.Mime);
            var message = await MimeMessage.LoadAsync(mime, cancellationToken);
            await transport.SendAsync(message, cancellationToken);
            delivery.Status = EmailStatus.Sent;
            delivery.SentAt = clock.GetUtcNow().UtcDateTime;
            delivery.LastError = null;
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var error = $"{exception.GetType().Name}: {exception.Message}";
            delivery.LastError = error.Length > 2000 ? error[..2000] : error;
            if (delivery.Attempts > options.RetryDelays.Count)
            {
                delivery.Status = EmailStatus.Failed;
                LogFailed(logger, exception, delivery.Id, delivery.Attempts);
            }
            else
            {
                retryIn = options.RetryDelays[delivery.Attempts - 1];
                delivery.NextAttemptAt = clock.GetUtcNow().UtcDateTime + retryIn.Value;
                LogRetrying(logger, delivery.Id, delivery.Attempts, retryIn.Value, exception.Message);
            }
        }

        delivery.LeaseUntil = null;
        await db.SaveChangesAsync(CancellationToken.None); // the outcome is saved even when the server is shutting down
        if (retryIn is { } delay)
        {
            jobs.Schedule<EmailSendJob>(job => job.SendAsync(deliveryId, CancellationToken.None), delay);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "E-mail {DeliveryId}: attempt {Attempt} failed, next in {Delay}: {Error}")]
    private static partial void LogRetrying(ILogger logger, Guid deliveryId, int attempt, TimeSpan delay, string error);

    [LoggerMessage(Level = LogLevel.Error, Message = "E-mail {DeliveryId} failed after {Attempts} attempts; an admin can resend it")]
    private static partial void LogFailed(ILogger logger, Exception exception, Guid deliveryId, int attempts);
}
