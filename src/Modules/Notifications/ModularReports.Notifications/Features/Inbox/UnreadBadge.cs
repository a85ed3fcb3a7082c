using System.Security.Claims;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Localization;

namespace ModularReports.Notifications.Features.Inbox;

/// <summary>The header's notifications link with the unread count (polled every <c>Notifications:BadgePollSeconds</c>, 30 by default).</summary>
internal sealed class UnreadBadge(IMediator mediator, IStringLocalizer<NotificationsText> text, IConfiguration configuration) : IHeaderBadgeSource
{
    public async Task<HeaderBadge?> ReadAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (user.Identity?.IsAuthenticated != true)
        {
            return null;
        }

        var count = await mediator.Send(new CountUnread(), cancellationToken);
        return new HeaderBadge(
            "/notifications", text["Nav_Notifications"], count, text["Badge_Unread"], "/notifications?handler=UnreadCount",
            configuration.GetValue("Notifications:BadgePollSeconds", 30));
    }
}
