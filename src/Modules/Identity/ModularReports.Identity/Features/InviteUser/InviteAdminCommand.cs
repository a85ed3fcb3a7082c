using Microsoft.AspNetCore.DataProtection;
using ModularReports.BuildingBlocks.Hosting;

namespace ModularReports.Identity.Features.InviteUser;

/// <summary>
/// <c>invite-admin &lt;email&gt; &lt;name&gt; [en|fr|es]</c>: the first admin of a deployment, who has nobody to invite
/// them. The invitation is e-mailed like any other (by the nodes, from the outbox), with a link to choose a password.
/// </summary>
internal sealed class InviteAdminCommand(IMediator mediator, IDataProtectionProvider keys) : IHostCommand
{
    public string Name => "invite-admin";

    public string Arguments => "<email> <name> [en|fr|es]";

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, TextWriter output, CancellationToken cancellationToken)
    {
        if (arguments.Count is < 2 or > 3)
        {
            await output.WriteLineAsync($"usage: {Name} {Arguments}");
            return 2;
        }

        // The invitation's token needs the key ring. On a new database the first key is written here, before the
        // command's transaction: on SQLite, written inside it by another connection, it would wait for that transaction.
        keys.CreateProtector(nameof(InviteAdminCommand)).Protect([]);
        try
        {
            await mediator.Send(new InviteUser(arguments[0], arguments[1], [Roles.Admin], arguments.ElementAtOrDefault(2) ?? "en"), cancellationToken);
        }
        catch (ValidationException e)
        {
            foreach (var error in e.Errors)
            {
                await output.WriteLineAsync($"{error.PropertyName}: {error.ErrorMessage}");
            }

            return 1;
        }

        await output.WriteLineAsync($"Invited {arguments[0]} as an admin: the invitation e-mail goes out from a running node.");
        return 0;
    }
}
