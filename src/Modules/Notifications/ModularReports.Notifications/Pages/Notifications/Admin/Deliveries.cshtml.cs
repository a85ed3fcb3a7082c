using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ModularReports.Notifications.Features.Deliveries;

namespace ModularReports.Notifications.Pages.Notifications.Admin;

/// <summary>Admins: e-mails that failed after every retry (or waiting, or sent), with a resend action.</summary>
[Authorize(Roles = Roles.Admin)]
internal sealed class DeliveriesModel(IMediator mediator) : PageModel
{
    public DeliveryPage Result { get; private set; } = new([], 0, 1, ListDeliveries.PageSize);

    [BindProperty(SupportsGet = true)] public string Status { get; set; } = "failed";

    [BindProperty(SupportsGet = true)] public bool Resent { get; set; }

    public async Task OnGetAsync([FromQuery(Name = "page")] int? page)
    {
        Status = DeliveryStatuses.Parse(Status) is { } status ? DeliveryStatuses.Name(status) : "failed";
        Result = await mediator.Send(new ListDeliveries(Status, page ?? 1), HttpContext.RequestAborted);
    }

    public async Task<IActionResult> OnPostResendAsync(Guid id)
    {
        await mediator.Send(new ResendDelivery(id), HttpContext.RequestAborted);
        return RedirectToPage(new { resent = true });
    }
}
