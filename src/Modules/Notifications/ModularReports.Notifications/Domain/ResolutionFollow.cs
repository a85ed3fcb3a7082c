namespace ModularReports.Notifications.Domain;

/// <summary>A person follows a resolution: each report on it that is published reaches them, in the application and by e-mail.</summary>
internal sealed class ResolutionFollow
{
    public Guid UserId { get; init; }

    public Guid ResolutionId { get; init; }

    public DateTime FollowedAt { get; init; }
}
