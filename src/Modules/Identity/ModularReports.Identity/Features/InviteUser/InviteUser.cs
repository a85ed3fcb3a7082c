using ModularReports.Identity.Data;
using ModularReports.Identity.Features.Shared;
using ModularReports.Identity.Infrastructure;

namespace ModularReports.Identity.Features.InviteUser;

/// <summary>An admin creates an account without a password; the person gets a link to choose one.</summary>
internal sealed record InviteUser(string Email, string DisplayName, IReadOnlyList<string> Roles, string Language) : ICommand<Guid>;

internal sealed class InviteUserValidator : AbstractValidator<InviteUser>
{
    public InviteUserValidator()
    {
        RuleFor(c => c.Email).NotEmpty().EmailAddress().MaximumLength(256);
        RuleFor(c => c.DisplayName).NotEmpty().MaximumLength(User.DisplayNameMaxLength);
        RuleFor(c => c.Roles).NotEmpty().WithMessage("Choose at least one role.");
        RuleForEach(c => c.Roles).Must(r => Contracts.Roles.All.Contains(r))
            .WithMessage(r => $"Unknown role; use {string.Join(", ", Contracts.Roles.All)}.");
        RuleFor(c => c.Language).Must(SupportedLanguages.IsSupported).WithMessage("Use en, fr or es.");
    }
}

internal sealed class InviteUserHandler(
    UserManager<User> users, IdentityDbContext db, AdminAudit audit, PublicUrls urls, ICurrentUser currentUser, TimeProvider clock)
    : ICommandHandler<InviteUser, Guid>
{
    public async ValueTask<Guid> Handle(InviteUser command, CancellationToken cancellationToken)
    {
        var email = command.Email.Trim();
        if (await users.FindByEmailAsync(email) is not null)
        {
            throw IdentityErrors.Invalid("Email", "A user with this email already exists.");
        }

        var user = new User
        {
            Id = Guid.CreateVersion7(),
            UserName = email,
            Email = email,
            DisplayName = command.DisplayName.Trim(),
            PreferredLanguage = command.Language,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        (await users.CreateAsync(user)).ThrowIfFailed();
        (await users.AddToRolesAsync(user, command.Roles.Distinct())).ThrowIfFailed();

        var token = await users.GenerateUserTokenAsync(user, InvitationTokenProvider.ProviderName, InvitationTokenProvider.Purpose);
        var link = urls.Absolute($"/account/accept-invitation?userId={user.Id}&token={Uri.EscapeDataString(token)}");
        db.Publish(new UserInvited(
            user.Id, email, user.DisplayName, user.PreferredLanguage, link, currentUser.Email ?? "system", clock.GetUtcNow()));
        audit.Record(AdminActions.Invited, user, $"Roles: {string.Join(", ", command.Roles.Distinct())}");
        return user.Id;
    }
}
