using ModularReports.Identity.Features.Shared;

namespace ModularReports.Identity.Features.ChangeUserRoles;

/// <summary>Replaces a user's roles with the given set.</summary>
internal sealed record ChangeUserRoles(Guid UserId, IReadOnlyList<string> Roles) : ICommand;

internal sealed class ChangeUserRolesValidator : AbstractValidator<ChangeUserRoles>
{
    public ChangeUserRolesValidator()
    {
        RuleFor(c => c.Roles).NotNull();
        RuleForEach(c => c.Roles).Must(r => Contracts.Roles.All.Contains(r))
            .WithMessage($"Unknown role; use {string.Join(", ", Contracts.Roles.All)}.");
    }
}

internal sealed class ChangeUserRolesHandler(UserManager<User> users, AdminAudit audit, ICurrentUser currentUser)
    : ICommandHandler<ChangeUserRoles>
{
    public async ValueTask<Unit> Handle(ChangeUserRoles command, CancellationToken cancellationToken)
    {
        var user = await users.RequireAsync(command.UserId);
        var wanted = command.Roles.Distinct().ToList();
        if (user.Id == currentUser.UserId && !wanted.Contains(Contracts.Roles.Admin))
        {
            throw IdentityErrors.Invalid("Roles", "You cannot remove your own Admin role; ask another admin.");
        }

        var current = await users.GetRolesAsync(user);
        var removed = current.Except(wanted).ToList();
        var added = wanted.Except(current).ToList();
        if (removed.Count == 0 && added.Count == 0)
        {
            return Unit.Value;
        }

        (await users.RemoveFromRolesAsync(user, removed)).ThrowIfFailed();
        (await users.AddToRolesAsync(user, added)).ThrowIfFailed();
        // Sessions and tokens pick up the new roles at their next validation.
        await users.UpdateSecurityStampAsync(user);
        audit.Record(AdminActions.RolesChanged, user, $"{string.Join(", ", current.Order())} -> {string.Join(", ", wanted.Order())}");
        return Unit.Value;
    }
}
