namespace ModularReports.Notifications.Contracts;

/// <summary>
/// Who follows a resolution: a signed-in person who asked to hear of its publications in their notifications and e-mail
/// (the Notifications module's <c>/notifications/following</c> page and API start and stop it).
/// </summary>
public interface IResolutionFollowers
{
    Task<bool> FollowsAsync(Guid userId, Guid resolutionId, CancellationToken cancellationToken);
}
