using ModularReports.Identity.Features.Shared;
using ModularReports.Identity.Infrastructure;

namespace ModularReports.Identity.Features.AcceptInvitation;

/// <summary>The invited person chooses their password; the link works once (setting it changes the security stamp).</summary>
internal sealed record AcceptInvitation(Guid UserId, string Token, string NewPassword) : ICommand;

internal sealed class AcceptInvitationValidator : AbstractValidator<AcceptInvitation>
{
    public AcceptInvitationValidator()
    {
        RuleFor(c => c.Token).NotEmpty();
        RuleFor(c => c.NewPassword).NotEmpty().MaximumLength(512);
    }
}

internal sealed class AcceptInvitationHandler(UserManager<User> users) : ICommandHandler<AcceptInvitation>
{
    public async ValueTask<Unit> Handle(AcceptInvitation command, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(command.UserId.ToString());
        if (user is not { IsActive: true } || user.PasswordHash is not null
            || !await users.VerifyUserTokenAsync(user, InvitationTokenProvider.ProviderName, InvitationTokenProvider.Purpose, command.Token))
        {
            throw IdentityErrors.Invalid("Token", "This invitation link is not valid any more. Ask an admin for a new one.");
        }

        (await users.AddPasswordAsync(user, command.NewPassword)).ThrowIfFailed();
        user.EmailConfirmed = true; // the link reached this address
        (await users.UpdateAsync(user)).ThrowIfFailed();
        return Unit.Value;
    }
}
