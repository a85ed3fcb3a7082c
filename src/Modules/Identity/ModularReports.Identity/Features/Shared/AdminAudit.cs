using ModularReports.Identity.Data;

namespace ModularReports.Identity.Features.Shared;

/// <summary>Records an admin's action on an account, in the same transaction as the action.</summary>
internal sealed class AdminAudit(IdentityDbContext db, ICurrentUser currentUser, TimeProvider clock)
{
    public void Record(string action, User target, string? details = null) =>
        db.AdminAudit.Add(new AdminAuditEntry
        {
            Id = Guid.CreateVersion7(),
            ActorUserId = currentUser.UserId ?? Guid.Empty,
            ActorEmail = currentUser.Email ?? "system",
            Action = action,
            TargetUserId = target.Id,
            TargetEmail = target.Email ?? string.Empty,
            Details = details,
            OccurredAt = clock.GetUtcNow().UtcDateTime,
        });
}
