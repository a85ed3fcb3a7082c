using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ModularReports.Identity.Features.AcceptInvitation;
using ModularReports.Identity.Features.ChangeUserRoles;
using ModularReports.Identity.Features.GetUser;
using ModularReports.Identity.Features.IssueToken;
using ModularReports.Identity.Features.MyAccount;
using ModularReports.Identity.Features.PasswordReset;
using ModularReports.Identity.Features.SetUserActive;
using ModularReports.Identity.Infrastructure;
using InviteUserCommand = ModularReports.Identity.Features.InviteUser.InviteUser;
using ListUsersQuery = ModularReports.Identity.Features.ListUsers.ListUsers;

namespace ModularReports.Identity.Features;

internal sealed record ForgotPasswordRequest(string Email);

internal sealed record SetPasswordRequest(Guid UserId, string Token, string NewPassword);

internal sealed record RolesRequest(IReadOnlyList<string> Roles);

internal sealed record ConstituentLinkRequest(Guid? ConstituentId);

/// <summary>The Identity module's HTTP API; each route states who may call it.</summary>
internal static class IdentityApi
{
    public static void MapIdentityApi(this IEndpointRouteBuilder endpoints)
    {
        var auth = endpoints.MapGroup("/api/auth").WithTags("Authentication").AllowAnonymous();
        auth.MapTokenEndpoints();
        auth.MapPost("/forgot-password", async (ForgotPasswordRequest body, IMediator mediator) =>
            {
                await mediator.Send(new RequestPasswordReset(body.Email ?? string.Empty));
                return Results.Accepted();
            })
            .RequireRateLimiting(IdentityAuthentication.SignInRateLimit)
            .WithSummary("Send a password-reset link (the answer does not reveal whether the address has an account)");
        auth.MapPost("/reset-password", async (SetPasswordRequest body, IMediator mediator) =>
            {
                await mediator.Send(new ResetPassword(body.UserId, body.Token ?? string.Empty, body.NewPassword ?? string.Empty));
                return Results.NoContent();
            })
            .RequireRateLimiting(IdentityAuthentication.SignInRateLimit)
            .WithSummary("Choose a new password with the token from a reset link");
        auth.MapPost("/accept-invitation", async (SetPasswordRequest body, IMediator mediator) =>
            {
                await mediator.Send(new AcceptInvitation.AcceptInvitation(body.UserId, body.Token ?? string.Empty, body.NewPassword ?? string.Empty));
                return Results.NoContent();
            })
            .RequireRateLimiting(IdentityAuthentication.SignInRateLimit)
            .WithSummary("Choose a password with the token from an invitation");

        var me = endpoints.MapGroup("/api/me").WithTags("My account").RequireAuthorization();
        me.MapGet("/", async (IMediator mediator) => Results.Ok(await mediator.Send(new GetMyAccount())))
            .WithSummary("The signed-in user's account");
        me.MapPut("/", async (UpdateMyAccount body, IMediator mediator) =>
            {
                await mediator.Send(body);
                return Results.NoContent();
            })
            .WithSummary("Change the signed-in user's name and preferred language");
        me.MapPost("/password", async (ChangePassword body, IMediator mediator) =>
            {
                await mediator.Send(body);
                return Results.NoContent();
            })
            .WithSummary("Change the signed-in user's password");

        var users = endpoints.MapGroup("/api/admin/users").WithTags("Users (admin)").RequireAuthorization(Roles.Admin);
        users.MapGet("/", async ([AsParameters] ListUsersQuery query, IMediator mediator) => Results.Ok(await mediator.Send(query)))
            .WithSummary("Search users by name or email, role and status");
        users.MapGet("/{id:guid}", async (Guid id, IMediator mediator) => Results.Ok(await mediator.Send(new GetUser.GetUser(id))))
            .WithSummary("One user, with roles and the admin actions on the account");
        users.MapPost("/", async (InviteUserCommand body, IMediator mediator) =>
            {
                var id = await mediator.Send(body);
                return Results.Created($"/api/admin/users/{id}", new { id });
            })
            .WithSummary("Invite a user: creates the account and e-mails a link to choose a password");
        users.MapPut("/{id:guid}/roles", async (Guid id, RolesRequest body, IMediator mediator) =>
            {
                await mediator.Send(new ChangeUserRoles.ChangeUserRoles(id, body.Roles ?? []));
                return Results.NoContent();
            })
            .WithSummary("Replace a user's roles");
        users.MapPut("/{id:guid}/constituent", async (Guid id, ConstituentLinkRequest body, IMediator mediator) =>
            {
                await mediator.Send(new AssignConstituent.AssignConstituent(id, body.ConstituentId));
                return Results.NoContent();
            })
            .WithSummary("Link a user to the constituent they report for (null to unlink)");
        users.MapPost("/{id:guid}/deactivate", async (Guid id, IMediator mediator) =>
            {
                await mediator.Send(new SetUserActive.SetUserActive(id, Active: false));
                return Results.NoContent();
            })
            .WithSummary("Deactivate a user: no more sign-in; open sessions end");
        users.MapPost("/{id:guid}/reactivate", async (Guid id, IMediator mediator) =>
            {
                await mediator.Send(new SetUserActive.SetUserActive(id, Active: true));
                return Results.NoContent();
            })
            .WithSummary("Reactivate a deactivated user");
    }
}
