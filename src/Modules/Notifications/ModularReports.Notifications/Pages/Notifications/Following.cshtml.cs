using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ModularReports.Constituencies.Contracts;
using ModularReports.Notifications.Features.Following;

namespace ModularReports.Notifications.Pages.Notifications;

/// <summary>
/// The resolutions the signed-in person follows, each with a way to stop; the resolution pages' follow buttons post here
/// and go back where they came from.
/// </summary>
[Authorize]
internal sealed class FollowingModel(IMediator mediator, IResolutionCatalog resolutions) : PageModel
{
    public IReadOnlyList<FollowedResolution> Followed { get; private set; } = [];

    /// <summary>The resolution just left, for the page's confirmation.</summary>
    [BindProperty(SupportsGet = true)] public Guid? Stopped { get; set; }

    public string? StoppedCode { get; private set; }

    public async Task OnGetAsync()
    {
        Followed = await mediator.Send(new ListFollowed(), HttpContext.RequestAborted);
        if (Stopped is { } left)
        {
            StoppedCode = (await resolutions.FindAsync(left, CultureInfo.CurrentUICulture.TwoLetterISOLanguageName, HttpContext.RequestAborted))?.Code;
        }
    }

    public async Task<IActionResult> OnPostFollowAsync(Guid resolutionId, string? returnUrl)
    {
        await mediator.Send(new Follow(resolutionId), HttpContext.RequestAborted);
        return LocalRedirect(LocalReturnUrl.Of(Url, returnUrl ?? Url.Page("/Notifications/Following")));
    }

    public async Task<IActionResult> OnPostUnfollowAsync(Guid resolutionId, string? returnUrl)
    {
        await mediator.Send(new Unfollow(resolutionId), HttpContext.RequestAborted);
        return returnUrl is null ? RedirectToPage(new { stopped = resolutionId }) : LocalRedirect(LocalReturnUrl.Of(Url, returnUrl));
    }
}
