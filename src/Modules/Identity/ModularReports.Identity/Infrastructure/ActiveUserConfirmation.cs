namespace ModularReports.Identity.Infrastructure;

/// <summary>Deactivated accounts are "not allowed" to sign in: by password, by token or by single sign-on.</summary>
internal sealed class ActiveUserConfirmation : IUserConfirmation<User>
{
    public Task<bool> IsConfirmedAsync(UserManager<User> manager, User user) => Task.FromResult(user.IsActive);
}
