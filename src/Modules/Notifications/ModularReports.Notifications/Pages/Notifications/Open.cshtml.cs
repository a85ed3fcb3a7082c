using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ModularReports.Notifications.Features.Inbox;

namespace ModularReports.Notifications.Pages.Notifications;

/// <summary>Opening a notification marks it read and goes where the recipient acts.</summary>
[Authorize]
internal sealed class OpenModel(IMediator mediator) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var notification = await mediator.Send(new MarkRead(id), HttpContext.RequestAborted);
        // Links are stored as this application's own paths; anything else is not followed.
        return Url.IsLocalUrl(notification.Link) ? LocalRedirect(notification.Link) : RedirectToPage("/Notifications/Index");
    }
}
