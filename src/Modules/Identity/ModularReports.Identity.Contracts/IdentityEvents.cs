using ModularReports.BuildingBlocks.Abstractions;

namespace ModularReports.Identity.Contracts;

/// <summary>An admin invited someone; the message carries the link where they choose their password.</summary>
public sealed record UserInvited(
    Guid UserId, string Email, string DisplayName, string Language, Uri SetPasswordLink, string InvitedBy, DateTimeOffset OccurredAt)
    : IIntegrationEvent;

/// <summary>Someone asked to reset a forgotten password; the link is valid for a short time only.</summary>
public sealed record PasswordResetRequested(
    Guid UserId, string Email, string DisplayName, string Language, Uri ResetLink, DateTimeOffset OccurredAt)
    : IIntegrationEvent;

/// <summary>
/// A client address was locked out of an account after repeated failed sign-ins (the account itself stays open): admins
/// are told, since it may be someone guessing at the account.
/// </summary>
public sealed record SignInLockedOut(Guid UserId, string Email, string ClientAddress, DateTimeOffset LockedUntil, DateTimeOffset OccurredAt)
    : IIntegrationEvent;
