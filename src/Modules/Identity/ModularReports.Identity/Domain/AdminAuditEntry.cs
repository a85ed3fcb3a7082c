namespace ModularReports.Identity.Domain;

/// <summary>One thing an admin did to an account: who, when, to whom, what.</summary>
internal sealed class AdminAuditEntry
{
    public Guid Id { get; init; }

    public Guid ActorUserId { get; init; }

    public required string ActorEmail { get; init; }

    public required string Action { get; init; }

    public Guid TargetUserId { get; init; }

    public required string TargetEmail { get; init; }

    public string? Details { get; init; }

    public DateTime OccurredAt { get; init; }
}

internal static class AdminActions
{
    public const string Invited = "UserInvited";
    public const string RolesChanged = "RolesChanged";
    public const string ConstituentChanged = "ConstituentChanged";
    public const string Deactivated = "UserDeactivated";
    public const string Reactivated = "UserReactivated";
    public const string DetailsChanged = "DetailsChanged";
    public const string SignInLockedOut = "SignInLockedOut";
}
