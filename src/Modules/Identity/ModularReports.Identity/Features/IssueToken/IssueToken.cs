using System.Security.Claims;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Identity;
using ModularReports.Identity.Domain;

namespace ModularReports.Identity.Features.IssueToken;

/// <summary>Checks a password (counting failures towards lockout) and returns the principal to sign in.</summary>
internal sealed record CheckCredentials(string Email, string Password) : ICommand<CredentialsResult>;

internal enum CredentialsOutcome
{
    Succeeded,
    Invalid,
    LockedOut,
    Deactivated,
}

internal sealed record CredentialsResult(CredentialsOutcome Outcome, ClaimsPrincipal? Principal, User? User);

internal sealed class CheckCredentialsValidator : AbstractValidator<CheckCredentials>
{
    public CheckCredentialsValidator()
    {
        RuleFor(c => c.Email).NotEmpty().MaximumLength(256);
        RuleFor(c => c.Password).NotEmpty().MaximumLength(512);
    }
}

internal sealed class CheckCredentialsHandler(UserManager<User> users, SignInManager<User> signIn, TimeProvider clock)
    : ICommandHandler<CheckCredentials, CredentialsResult>
{
    public async ValueTask<CredentialsResult> Handle(CheckCredentials command, CancellationToken cancellationToken)
    {
        var user = await users.FindByEmailAsync(command.Email.Trim());
        if (user is null)
        {
            return new CredentialsResult(CredentialsOutcome.Invalid, null, null);
        }

        var result = await signIn.CheckPasswordSignInAsync(user, command.Password, lockoutOnFailure: true);
        if (result.IsLockedOut)
        {
            return new CredentialsResult(CredentialsOutcome.LockedOut, null, user);
        }

        if (result.IsNotAllowed)
        {
            return new CredentialsResult(CredentialsOutcome.Deactivated, null, user);
        }

        if (!result.Succeeded)
        {
            return new CredentialsResult(CredentialsOutcome.Invalid, null, user);
        }

        user.LastSignInAt = clock.GetUtcNow().UtcDateTime;
        await users.UpdateAsync(user);
        return new CredentialsResult(CredentialsOutcome.Succeeded, await signIn.CreateUserPrincipalAsync(user), user);
    }
}
