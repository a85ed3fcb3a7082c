using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using ModularReports.Identity.Infrastructure;
using AcceptInvitationCommand = ModularReports.Identity.Features.AcceptInvitation.AcceptInvitation;

namespace ModularReports.Identity.Pages.Identity.Account;

[AllowAnonymous]
[EnableRateLimiting(IdentityAuthentication.SignInRateLimit)]
internal sealed class AcceptInvitationModel(IMediator mediator, IStringLocalizer<IdentityText> text) : ChoosePasswordPageModel(mediator, text)
{
    protected override string DoneNotice => "invitation-accepted";

    protected override ICommand CreateCommand(Guid userId, string token, string newPassword) => new AcceptInvitationCommand(userId, token, newPassword);
}
