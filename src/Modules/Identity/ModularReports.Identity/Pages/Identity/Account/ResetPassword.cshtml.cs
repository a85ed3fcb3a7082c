using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using ModularReports.Identity.Features.PasswordReset;
using ModularReports.Identity.Infrastructure;

namespace ModularReports.Identity.Pages.Identity.Account;

[AllowAnonymous]
[EnableRateLimiting(IdentityAuthentication.SignInRateLimit)]
internal sealed class ResetPasswordModel(IMediator mediator, IStringLocalizer<IdentityText> text) : ChoosePasswordPageModel(mediator, text)
{
    protected override string DoneNotice => "password-reset";

    protected override ICommand CreateCommand(Guid userId, string token, string newPassword) => new ResetPassword(userId, token, newPassword);
}
