using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ModularReports.Notifications.Data;
using ModularReports.Notifications.Mail;

namespace ModularReports.Notifications.Delivery;

/// <summary>
/// Sends pending deliveries in batches: woken when a unit of work has committed e-mails, at the moment the earliest
/// retry comes due, and at least every <see cref="MailOptions.PollInterval"/> for deliveries a stopped process or
/// another instance left behind (their lease ran out). A batch is claimed with one update (lease and attempt count),
/// sent a few at a time, and its outcomes saved together: the delivery rows are the queue, and sending costs the
/// database two writes per batch rather than per message (ADR 0014). A failure schedules the next attempt after the
/// configured backoff; the last one marks the delivery failed for an admin to see and resend.
/// </summary>
internal sealed partial class EmailSender(
    IServiceScopeFactory scopes, EmailSignal signal, MailOptions options, TimeProvider clock, ILogger<EmailSender> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var wait = options.PollInterval;
            try
            {
                while (await SendBatchAsync(stoppingToken) == options.BatchSize)
                {
                    // A full batch: there may be more waiting.
                }

                wait = await UntilNextRetryAsync(stoppingToken) is { } next && next < wait ? next : wait;
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                LogBatchFailed(logger, exception);
            }

            try
            {
                await signal.WaitAsync(wait, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
    }

    /// <summary>Pending deliveries that are due and not leased, in the order they became due: the pending index's order.</summary>
    internal static IQueryable<Guid> Due(NotificationsDbContext db, DateTime now, int batchSize) => db.EmailDeliveries
        .Where(d => d.Status == EmailStatus.Pending && d.NextAttemptAt <= now && (d.LeaseUntil == null || d.LeaseUntil < now))
        .OrderBy(d => d.NextAttemptAt).Select(d => d.Id).Take(batchSize);

    /// <summary>
    /// The batch's deliveries that are still pending and not leased, found by id (ADR 15: with an index leading with the
    /// status, SQLite read every pending delivery for each claim).
    /// </summary>
    internal static IQueryable<EmailDelivery> Claimable(NotificationsDbContext db, List<Guid> due, DateTime now) =>
        db.EmailDeliveries.Where(d => due.Contains(d.Id) && d.Status == EmailStatus.Pending && (d.LeaseUntil == null || d.LeaseUntil < now));

    /// <summary>Claims, sends and records one batch of due deliveries; returns how many it claimed.</summary>
    public async Task<int> SendBatchAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NotificationsDbContext>();
        var transport = scope.ServiceProvider.GetRequiredService<IMailTransport>();
        var now = clock.GetUtcNow().UtcDateTime;
        var due = await Due(db, now, options.BatchSize).ToListAsync(cancellationToken);
        if (due.Count == 0)
        {
            return 0;
        }

        // The lease covers the slowest batch: each round of sends may take the SMTP timeout.
        var leaseId = Guid.NewGuid();
        var rounds = (due.Count + options.SendConcurrency - 1) / options.SendConcurrency;
        var leaseUntil = now + options.Smtp.Timeout * (rounds + 1);
        var claimed = await Claimable(db, due, now)
            .ExecuteUpdateAsync(
                s => s.SetProperty(d => d.LeaseId, leaseId).SetProperty(d => d.LeaseUntil, leaseUntil).SetProperty(d => d.Attempts, d => d.Attempts + 1),
                cancellationToken);
        if (claimed == 0)
        {
            return 0; // another sender took them
        }

        var deliveries = await db.EmailDeliveries.Where(d => d.LeaseId == leaseId).ToListAsync(cancellationToken);
        await Parallel.ForEachAsync(
            deliveries,
            new ParallelOptions { MaxDegreeOfParallelism = options.SendConcurrency, CancellationToken = cancellationToken },
            async (delivery, ct) => await SendAsync(transport, delivery, ct));
        await db.SaveChangesAsync(CancellationToken.None); // the outcomes are saved even when the server is shutting down
        return claimed;
    }

    private async Task SendAsync(IMailTransport transport, EmailDelivery delivery, CancellationToken cancellationToken)
    {
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
                var retryIn = options.RetryDelays[delivery.Attempts - 1];
                delivery.NextAttemptAt = clock.GetUtcNow().UtcDateTime + retryIn;
                LogRetrying(logger, delivery.Id, delivery.Attempts, retryIn, exception.Message);
            }
        }

        delivery.LeaseId = null;
        delivery.LeaseUntil = null;
    }

    private static readonly TimeSpan MinimumWait = TimeSpan.FromMilliseconds(50);

    /// <summary>How long until the earliest pending retry is due (or another sender's lease ends), if there is one.</summary>
    private async Task<TimeSpan?> UntilNextRetryAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NotificationsDbContext>();
        var next = await db.EmailDeliveries.Where(d => d.Status == EmailStatus.Pending)
            .Select(d => (DateTime?)(d.LeaseUntil != null && d.LeaseUntil > d.NextAttemptAt ? d.LeaseUntil.Value : d.NextAttemptAt))
            .OrderBy(at => at).FirstOrDefaultAsync(cancellationToken);
        return next is { } at ? TimeSpan.FromTicks(Math.Max(MinimumWait.Ticks, (at - clock.GetUtcNow().UtcDateTime).Ticks)) : null;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Sending a batch of e-mails failed; the next pass retries it")]
    private static partial void LogBatchFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "E-mail {DeliveryId}: attempt {Attempt} failed, next in {Delay}: {Error}")]
    private static partial void LogRetrying(ILogger logger, Guid deliveryId, int attempt, TimeSpan delay, string error);

    [LoggerMessage(Level = LogLevel.Error, Message = "E-mail {DeliveryId} failed after {Attempts} attempts; an admin can resend it")]
    private static partial void LogFailed(ILogger logger, Exception exception, Guid deliveryId, int attempts);
}
