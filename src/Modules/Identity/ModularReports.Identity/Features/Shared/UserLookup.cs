namespace ModularReports.Identity.Features.Shared;

internal static class UserLookup
{
    /// <summary>The user a command is about, or a 404.</summary>
    public static async Task<User> RequireAsync(this UserManager<User> users, Guid id) =>
        await users.FindByIdAsync(id.ToString()) ?? throw new NotFoundException($"No user with id {id}.");
}
