using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using ModularReports.BuildingBlocks.Web;
using ModularReports.Identity.Features.PasswordReset;
using ModularReports.Identity.Infrastructure;

namespace ModularReports.Identity.Pages.Identity.Account;

[AllowAnonymous]
[EnableRateLimiting(IdentityAuthentication.SignInRateLimit)]
internal sealed class ResetPasswordModel(IMediator mediator, IStringLocalizer<IdentityText> text) : PageModel
{
    [BindProperty]
    public ChoosePasswordInput Input { get; set; } = new();

    public void OnGet(Guid userId, string? token) => Input = new ChoosePasswordInput { UserId = userId, Token = token };

    public async Task<IActionResult> OnPostAsync()
    {
        if (Input.NewPassword != Input.ConfirmPassword)
        {
            ModelState.AddModelError("Input.ConfirmPassword", text["PasswordsDiffer"]);
            return Page();
        }

        try
        {
            await mediator.Send(new ResetPassword(Input.UserId, Input.Token ?? string.Empty, Input.NewPassword ?? string.Empty));
        }
        catch (ValidationException ex)
        {
            ModelState.AddValidationErrors(ex);
            return Page();
        }

        return RedirectToPage("/Identity/Account/SignIn", new { notice = "password-reset" });
    }
}
