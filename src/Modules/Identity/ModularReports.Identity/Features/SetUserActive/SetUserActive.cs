using ModularReports.Identity.Features.Shared;

namespace ModularReports.Identity.Features.SetUserActive;

/// <summary>Deactivates (no sign-in, sessions end) or reactivates an account.</summary>
internal sealed record SetUserActive(Guid UserId, bool Active) : ICommand;

internal sealed class SetUserActiveHandler(UserManager<User> users, AdminAudit audit, ICurrentUser currentUser) : ICommandHandler<SetUserActive>
{
    public async ValueTask<Unit> Handle(SetUserActive command, CancellationToken cancellationToken)
    {
        var user = await users.RequireAsync(command.UserId);
        if (!command.Active && user.Id == currentUser.UserId)
        {
            throw IdentityErrors.Invalid("UserId", "You cannot deactivate your own account.");
        }

        if (user.IsActive == command.Active)
        {
            return Unit.Value;
        }

        user.IsActive = command.Active;
        (await users.UpdateAsync(user)).ThrowIfFailed();
        await users.UpdateSecurityStampAsync(user);
        audit.Record(command.Active ? AdminActions.Reactivated : AdminActions.Deactivated, user);
        return Unit.Value;
    }
}
