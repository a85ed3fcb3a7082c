using ModularReports.Identity.Features.Shared;

namespace ModularReports.Identity.Features.MyAccount;

internal sealed record MyAccountView(Guid Id, string Email, string DisplayName, string PreferredLanguage, IReadOnlyList<string> Roles);

/// <summary>The signed-in user's own account.</summary>
internal sealed record GetMyAccount : IQuery<MyAccountView>;

internal sealed class GetMyAccountHandler(UserManager<User> users, ICurrentUser currentUser) : IQueryHandler<GetMyAccount, MyAccountView>
{
    public async ValueTask<MyAccountView> Handle(GetMyAccount query, CancellationToken cancellationToken)
    {
        var user = await users.RequireAsync(currentUser.UserId ?? Guid.Empty);
        var roles = await users.GetRolesAsync(user);
        return new MyAccountView(user.Id, user.Email!, user.DisplayName, user.PreferredLanguage, roles.Order(StringComparer.Ordinal).ToList());
    }
}

/// <summary>Changes the signed-in user's name and preferred language.</summary>
internal sealed record UpdateMyAccount(string DisplayName, string PreferredLanguage) : ICommand;

internal sealed class UpdateMyAccountValidator : AbstractValidator<UpdateMyAccount>
{
    public UpdateMyAccountValidator()
    {
        RuleFor(c => c.DisplayName).NotEmpty().MaximumLength(User.DisplayNameMaxLength);
        RuleFor(c => c.PreferredLanguage).Must(SupportedLanguages.IsSupported).WithMessage("Use en, fr or es.");
    }
}

internal sealed class UpdateMyAccountHandler(UserManager<User> users, ICurrentUser currentUser) : ICommandHandler<UpdateMyAccount>
{
    public async ValueTask<Unit> Handle(UpdateMyAccount command, CancellationToken cancellationToken)
    {
        var user = await users.RequireAsync(currentUser.UserId ?? Guid.Empty);
        user.DisplayName = command.DisplayName.Trim();
        user.PreferredLanguage = command.PreferredLanguage;
        (await users.UpdateAsync(user)).ThrowIfFailed();
        return Unit.Value;
    }
}

/// <summary>Sets only the preferred language (the language switcher of a signed-in user).</summary>
internal sealed record SetMyLanguage(string Language) : ICommand;

internal sealed class SetMyLanguageHandler(UserManager<User> users, ICurrentUser currentUser) : ICommandHandler<SetMyLanguage>
{
    public async ValueTask<Unit> Handle(SetMyLanguage command, CancellationToken cancellationToken)
    {
        if (!SupportedLanguages.IsSupported(command.Language) || currentUser.UserId is not { } id || await users.FindByIdAsync(id.ToString()) is not { } user)
        {
            return Unit.Value;
        }

        user.PreferredLanguage = command.Language;
        (await users.UpdateAsync(user)).ThrowIfFailed();
        return Unit.Value;
    }
}

/// <summary>Changes the signed-in user's password, given the current one.</summary>
internal sealed record ChangePassword(string CurrentPassword, string NewPassword) : ICommand;

internal sealed class ChangePasswordValidator : AbstractValidator<ChangePassword>
{
    public ChangePasswordValidator()
    {
        RuleFor(c => c.CurrentPassword).NotEmpty();
        RuleFor(c => c.NewPassword).NotEmpty().MaximumLength(512);
    }
}

internal sealed class ChangePasswordHandler(UserManager<User> users, ICurrentUser currentUser) : ICommandHandler<ChangePassword>
{
    public async ValueTask<Unit> Handle(ChangePassword command, CancellationToken cancellationToken)
    {
        var user = await users.RequireAsync(currentUser.UserId ?? Guid.Empty);
        var result = await users.ChangePasswordAsync(user, command.CurrentPassword, command.NewPassword);
        if (result.Errors.Any(e => e.Code == "PasswordMismatch"))
        {
            throw IdentityErrors.Invalid("CurrentPassword", "The current password is not correct.");
        }

        result.ThrowIfFailed();
        return Unit.Value;
    }
}
