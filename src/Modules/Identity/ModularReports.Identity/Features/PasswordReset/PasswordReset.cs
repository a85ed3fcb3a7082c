using ModularReports.Identity.Data;
using ModularReports.Identity.Features.Shared;

namespace ModularReports.Identity.Features.PasswordReset;

/// <summary>
/// Sends a reset link to an active account. The answer is the same whether or not the address has an account,
/// so the form cannot be used to find out who has one.
/// </summary>
internal sealed record RequestPasswordReset(string Email) : ICommand;

internal sealed class RequestPasswordResetValidator : AbstractValidator<RequestPasswordReset>
{
    public RequestPasswordResetValidator() => RuleFor(c => c.Email).NotEmpty().EmailAddress().MaximumLength(256);
}

internal sealed class RequestPasswordResetHandler(UserManager<User> users, IdentityDbContext db, PublicUrls urls, TimeProvider clock)
    : ICommandHandler<RequestPasswordReset>
{
    public async ValueTask<Unit> Handle(RequestPasswordReset command, CancellationToken cancellationToken)
    {
        var user = await users.FindByEmailAsync(command.Email.Trim());
        if (user is not { IsActive: true })
        {
            return Unit.Value;
        }

        var token = await users.GeneratePasswordResetTokenAsync(user);
        var link = urls.Absolute($"/account/reset-password?userId={user.Id}&token={Uri.EscapeDataString(token)}");
        db.Publish(new PasswordResetRequested(user.Id, user.Email!, user.DisplayName, user.PreferredLanguage, link, clock.GetUtcNow()));
        return Unit.Value;
    }
}

/// <summary>Sets a new password with the token from a reset link; also lifts the account's sign-in lockouts.</summary>
internal sealed record ResetPassword(Guid UserId, string Token, string NewPassword) : ICommand;

internal sealed class ResetPasswordValidator : AbstractValidator<ResetPassword>
{
    public ResetPasswordValidator()
    {
        RuleFor(c => c.Token).NotEmpty();
        RuleFor(c => c.NewPassword).NotEmpty().MaximumLength(512);
    }
}

internal sealed class ResetPasswordHandler(UserManager<User> users, IdentityDbContext db) : ICommandHandler<ResetPassword>
{
    public async ValueTask<Unit> Handle(ResetPassword command, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(command.UserId.ToString());
        if (user is not { IsActive: true })
        {
            throw IdentityErrors.Invalid("Token", "This link is not valid any more. Ask for a new one.");
        }

        var result = await users.ResetPasswordAsync(user, command.Token, command.NewPassword);
        if (result.Errors.Any(e => e.Code == "InvalidToken"))
        {
            throw IdentityErrors.Invalid("Token", "This link is not valid any more. Ask for a new one.");
        }

        result.ThrowIfFailed();
        // Whoever holds the link owns the address: clients locked out of the account may try again.
        var account = user.NormalizedEmail;
        await db.SignInThrottles.Where(t => t.Account == account).ExecuteDeleteAsync(cancellationToken);
        return Unit.Value;
    }
}
