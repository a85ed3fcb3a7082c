using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ModularReports.Notifications.Features.Inbox;
using ModularReports.Notifications.Features.Preferences;

namespace ModularReports.Notifications.Pages.Notifications;

/// <summary>The signed-in person's notifications (newest first), mark all read, and how they want their e-mail.</summary>
[Authorize]
internal sealed class IndexModel(IMediator mediator) : PageModel
{
    public NotificationPage Result { get; private set; } = new([], 0, 0, 1, ListNotifications.PageSize);

    public string EmailMode { get; private set; } = EmailModes.Immediate;

    [BindProperty(SupportsGet = true)] public bool Unread { get; set; }

    [BindProperty(SupportsGet = true)] public bool Saved { get; set; }

    public async Task OnGetAsync([FromQuery(Name = "page")] int? page)
    {
        Result = await mediator.Send(new ListNotifications(Unread, page ?? 1), HttpContext.RequestAborted);
        EmailMode = (await mediator.Send(new GetPreferences(), HttpContext.RequestAborted)).EmailMode;
    }

    /// <summary>The header badge's poll: pages sign in with a cookie, which the API (bearer tokens) does not take.</summary>
    public async Task<IActionResult> OnGetUnreadCountAsync() =>
        new JsonResult(new { count = await mediator.Send(new CountUnread(), HttpContext.RequestAborted) });

    public async Task<IActionResult> OnPostReadAsync(Guid id)
    {
        await mediator.Send(new MarkRead(id), HttpContext.RequestAborted);
        return RedirectToPage(new { unread = Unread ? true : (bool?)null });
    }

    public async Task<IActionResult> OnPostReadAllAsync()
    {
        await mediator.Send(new MarkAllRead(), HttpContext.RequestAborted);
        return RedirectToPage(new { unread = Unread ? true : (bool?)null });
    }

    public async Task<IActionResult> OnPostPreferencesAsync(string? emailMode)
    {
        await mediator.Send(new SavePreferences(emailMode), HttpContext.RequestAborted);
        return RedirectToPage(new { saved = true });
    }
}
