using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using ModularReports.Notifications.Features.Deliveries;
using ModularReports.Notifications.Features.Following;
using ModularReports.Notifications.Features.Inbox;
using ModularReports.Notifications.Features.Preferences;

namespace ModularReports.Notifications.Features;

internal sealed record PreferencesRequest(string? EmailMode);

internal static class NotificationsApi
{
    public static void MapNotificationsApi(this IEndpointRouteBuilder endpoints)
    {
        var mine = endpoints.MapGroup("/api/notifications").WithTags("Notifications").RequireAuthorization();
        mine.MapGet("/", async ([FromQuery] bool? unreadOnly, [FromQuery] int? page, IMediator mediator) =>
                Results.Ok(await mediator.Send(new ListNotifications(unreadOnly ?? false, page ?? 1))))
            .WithSummary("Your notifications, newest first, with the unread count");
        mine.MapGet("/unread-count", async (IMediator mediator) => Results.Ok(new { count = await mediator.Send(new CountUnread()) }))
            .WithSummary("How many of your notifications are unread");
        mine.MapPost("/{id:guid}/read", async (Guid id, IMediator mediator) => Results.Ok(await mediator.Send(new MarkRead(id))))
            .WithSummary("Mark one of your notifications as read");
        mine.MapPost("/read-all", async (IMediator mediator) => Results.Ok(new { marked = await mediator.Send(new MarkAllRead()) }))
            .WithSummary("Mark all your notifications as read");
        mine.MapGet("/preferences", async (IMediator mediator) => Results.Ok(await mediator.Send(new GetPreferences())))
            .WithSummary("How you receive e-mail: immediate or dailyDigest");
        mine.MapPut("/preferences", async (PreferencesRequest body, IMediator mediator) =>
                Results.Ok(await mediator.Send(new SavePreferences(body.EmailMode))))
            .WithSummary("Choose immediate e-mail or a daily digest (in-app notifications are always on)");
        mine.MapGet("/following", async (IMediator mediator) => Results.Ok(await mediator.Send(new ListFollowed())))
            .WithSummary("The resolutions you follow: each report published on them reaches your notifications");
        mine.MapPut("/following/{resolutionId:guid}", async (Guid resolutionId, IMediator mediator) =>
                Results.Ok(await mediator.Send(new Follow(resolutionId))))
            .WithSummary("Follow a resolution (following it again changes nothing)");
        mine.MapDelete("/following/{resolutionId:guid}", async (Guid resolutionId, IMediator mediator) =>
                await mediator.Send(new Unfollow(resolutionId)) ? Results.NoContent() : Results.NotFound())
            .WithSummary("Stop following a resolution (404 when you did not follow it)");

        var admin = endpoints.MapGroup("/api/admin/email-deliveries").WithTags("Notifications").RequireAuthorization(Roles.Admin);
        admin.MapGet("/", async ([FromQuery] string? status, [FromQuery] int? page, IMediator mediator) =>
                Results.Ok(await mediator.Send(new ListDeliveries(status, page ?? 1))))
            .WithSummary("E-mails by state: failed (default), pending or sent");
        admin.MapPost("/{id:guid}/resend", async (Guid id, IMediator mediator) => Results.Ok(await mediator.Send(new ResendDelivery(id))))
            .WithSummary("Send a failed e-mail again, with a fresh retry budget");
    }
}
