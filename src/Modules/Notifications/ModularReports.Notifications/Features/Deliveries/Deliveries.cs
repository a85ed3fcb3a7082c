using FluentValidation;
using ModularReports.BuildingBlocks.Mediation;
using ModularReports.Notifications.Data;
using ModularReports.Notifications.Delivery;

namespace ModularReports.Notifications.Features.Deliveries;

internal sealed record DeliveryView(
    Guid Id, string ToAddress, string Subject, string Status, int Attempts, string? LastError, DateTime CreatedAt, DateTime NextAttemptAt,
    DateTime? SentAt)
{
    public static DeliveryView From(EmailDelivery d) =>
        new(d.Id, d.ToAddress, d.Subject, DeliveryStatuses.Name(d.Status), d.Attempts, d.LastError, d.CreatedAt, d.NextAttemptAt, d.SentAt);
}

internal sealed record DeliveryPage(IReadOnlyList<DeliveryView> Items, int Total, int Page, int PageSize);

/// <summary>Admins: e-mails by state (<c>failed</c> by default, <c>pending</c>, <c>sent</c>), newest first.</summary>
internal sealed record ListDeliveries(string? Status, int Page) : IQuery<DeliveryPage>
{
    public const int PageSize = 50;
}

/// <summary>Admins: a failed e-mail goes back to the sender with a fresh retry budget (the same message, same Message-ID).</summary>
internal sealed record ResendDelivery(Guid Id) : ICommand<DeliveryView>;

internal static class DeliveryStatuses
{
    public static EmailStatus? Parse(string? status) => status?.ToLowerInvariant() switch
    {
        null or "" or "failed" => EmailStatus.Failed,
        "pending" => EmailStatus.Pending,
        "sent" => EmailStatus.Sent,
        _ => null,
    };

    public static string Name(EmailStatus status) => status.ToString().ToLowerInvariant();
}

internal sealed class ListDeliveriesValidator : AbstractValidator<ListDeliveries>
{
    public ListDeliveriesValidator() =>
        RuleFor(q => q.Status).Must(s => DeliveryStatuses.Parse(s) is not null).WithMessage("Use 'failed', 'pending' or 'sent'.");
}

internal sealed class DeliveriesHandlers(NotificationsDbContext db, ICurrentUser user, EmailSignal signal, AfterCommit afterCommit, TimeProvider clock)
    : IQueryHandler<ListDeliveries, DeliveryPage>, ICommandHandler<ResendDelivery, DeliveryView>
{
    public async ValueTask<DeliveryPage> Handle(ListDeliveries query, CancellationToken cancellationToken)
    {
        AdminsOnly();
        var status = DeliveryStatuses.Parse(query.Status)!.Value;
        var page = Math.Clamp(query.Page, 1, PagingRules.MaxPage); // beyond the last page: an empty one
        var matching = db.EmailDeliveries.AsNoTracking().Where(d => d.Status == status);
        var items = await matching.OrderByDescending(d => d.CreatedAt).ThenByDescending(d => d.Id)
            .Skip((page - 1) * ListDeliveries.PageSize).Take(ListDeliveries.PageSize)
            .Select(d => new EmailDelivery
            {
                Id = d.Id, SourceKey = d.SourceKey, ToAddress = d.ToAddress, Subject = d.Subject, Mime = Array.Empty<byte>(), Status = d.Status,
                Attempts = d.Attempts, LastError = d.LastError, CreatedAt = d.CreatedAt, NextAttemptAt = d.NextAttemptAt, SentAt = d.SentAt,
            }) // everything but the message itself
            .ToListAsync(cancellationToken);
        return new DeliveryPage(items.Select(DeliveryView.From).ToList(), await matching.CountAsync(cancellationToken), page, ListDeliveries.PageSize);
    }

    public async ValueTask<DeliveryView> Handle(ResendDelivery command, CancellationToken cancellationToken)
    {
        AdminsOnly();
        var delivery = await db.EmailDeliveries.SingleOrDefaultAsync(d => d.Id == command.Id, cancellationToken)
            ?? throw new NotFoundException($"No e-mail delivery {command.Id}.");
        if (delivery.Status != EmailStatus.Failed)
        {
            throw new ConflictException("Not a failed e-mail", $"This e-mail is {DeliveryStatuses.Name(delivery.Status)}; only failed e-mails are resent.");
        }

        delivery.Status = EmailStatus.Pending;
        delivery.Attempts = 0;
        delivery.LeaseUntil = null;
        delivery.NextAttemptAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        afterCommit.Add(_ =>
        {
            signal.Notify();
            return Task.CompletedTask;
        });
        return DeliveryView.From(delivery);
    }

    private void AdminsOnly()
    {
        if (!user.IsInRole(Identity.Contracts.Roles.Admin))
        {
            throw new ForbiddenException("Only admins see e-mail deliveries.");
        }
    }
}
