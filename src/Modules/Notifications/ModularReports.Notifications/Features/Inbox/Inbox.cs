using ModularReports.BuildingBlocks.Mediation;
using ModularReports.Notifications.Data;

namespace ModularReports.Notifications.Features.Inbox;

/// <summary>A notification; <paramref name="DoneAt"/> is when what it asked for was done, by its reader or someone else.</summary>
internal sealed record NotificationView(Guid Id, string Kind, string Title, string Body, string Link, DateTime CreatedAt, DateTime? ReadAt, DateTime? DoneAt);

internal sealed record NotificationPage(IReadOnlyList<NotificationView> Items, int UnreadCount, int Total, int Page, int PageSize);

/// <summary>The caller's notifications, newest first.</summary>
internal sealed record ListNotifications(bool UnreadOnly, int Page) : IQuery<NotificationPage>
{
    public const int PageSize = 20;
}

/// <summary>How many of the caller's notifications are unread (the header's badge).</summary>
internal sealed record CountUnread : IQuery<int>;

/// <summary>Marks one of the caller's notifications read; someone else's is a 404, as if it did not exist.</summary>
internal sealed record MarkRead(Guid Id) : ICommand<NotificationView>;

internal sealed record MarkAllRead : ICommand<int>;

internal sealed class InboxHandlers(NotificationsDbContext db, ICurrentUser user, TimeProvider clock)
    : IQueryHandler<ListNotifications, NotificationPage>, IQueryHandler<CountUnread, int>, ICommandHandler<MarkRead, NotificationView>,
        ICommandHandler<MarkAllRead, int>
{
    public async ValueTask<NotificationPage> Handle(ListNotifications query, CancellationToken cancellationToken)
    {
        var me = Me();
        var mine = db.Notifications.AsNoTracking().Where(n => n.RecipientUserId == me);
        var listed = query.UnreadOnly ? mine.Where(n => n.ReadAt == null) : mine;
        var page = Math.Clamp(query.Page, 1, PagingRules.MaxPage); // beyond the last page: an empty one
        var items = await listed.OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id)
            .Skip((page - 1) * ListNotifications.PageSize).Take(ListNotifications.PageSize)
            .Select(n => new NotificationView(n.Id, n.Kind, n.Title, n.Body, n.Link, n.CreatedAt, n.ReadAt, n.DoneAt))
            .ToListAsync(cancellationToken);
        return new NotificationPage(
            items, await mine.CountAsync(n => n.ReadAt == null, cancellationToken), await listed.CountAsync(cancellationToken), page,
            ListNotifications.PageSize);
    }

    public async ValueTask<int> Handle(CountUnread query, CancellationToken cancellationToken)
    {
        var me = Me();
        return await db.Notifications.CountAsync(n => n.RecipientUserId == me && n.ReadAt == null, cancellationToken);
    }

    public async ValueTask<NotificationView> Handle(MarkRead command, CancellationToken cancellationToken)
    {
        var me = Me();
        var notification = await db.Notifications.SingleOrDefaultAsync(n => n.Id == command.Id && n.RecipientUserId == me, cancellationToken)
            ?? throw new NotFoundException($"No notification {command.Id}.");
        notification.ReadAt ??= clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        return new NotificationView(
            notification.Id, notification.Kind, notification.Title, notification.Body, notification.Link, notification.CreatedAt, notification.ReadAt,
            notification.DoneAt);
    }

    public async ValueTask<int> Handle(MarkAllRead command, CancellationToken cancellationToken)
    {
        var me = Me();
        var now = clock.GetUtcNow().UtcDateTime;
        return await db.Notifications.Where(n => n.RecipientUserId == me && n.ReadAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), cancellationToken);
    }

    private Guid Me() => user.UserId ?? throw new ForbiddenException("Sign in to read your notifications.");
}
