using FluentValidation.Results;
using ModularReports.Constituencies.Contracts;
using ModularReports.Identity.Features.Shared;

namespace ModularReports.Identity.Features.AssignConstituent;

/// <summary>Links a user to the constituent they report for (or unlinks them with null).</summary>
internal sealed record AssignConstituent(Guid UserId, Guid? ConstituentId) : ICommand;

internal sealed class AssignConstituentHandler(UserManager<User> users, IConstituentDirectory constituents, AdminAudit audit)
    : ICommandHandler<AssignConstituent>
{
    public async ValueTask<Unit> Handle(AssignConstituent command, CancellationToken cancellationToken)
    {
        var user = await users.RequireAsync(command.UserId);
        ConstituentRef? constituent = null;
        if (command.ConstituentId is { } id)
        {
            constituent = await constituents.FindAsync(id, cancellationToken);
            if (constituent is not { IsArchived: false })
            {
                throw new FluentValidation.ValidationException([new ValidationFailure("ConstituentId", "Choose an existing, active constituent.")]);
            }
        }

        if (user.ConstituentId == command.ConstituentId)
        {
            return Unit.Value;
        }

        user.ConstituentId = command.ConstituentId;
        (await users.UpdateAsync(user)).ThrowIfFailed();
        // The organisation travels in the sign-in claims; refresh them at the next validation.
        await users.UpdateSecurityStampAsync(user);
        audit.Record(AdminActions.ConstituentChanged, user, constituent?.DisplayName ?? "none");
        return Unit.Value;
    }
}
