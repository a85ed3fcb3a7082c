using ModularReports.BuildingBlocks.Messaging;
using ModularReports.Identity.Contracts;
using ModularReports.Notifications.Data;
using ModularReports.Notifications.Mail;

namespace ModularReports.Notifications.Features.AccountEmails;

/// <summary>E-mails the invitation link to the person an admin invited.</summary>
internal sealed class UserInvitedConsumer(NotificationsDbContext db, TimeProvider clock, EmailComposer composer, IMailTransport transport)
    : InboxConsumer<UserInvited, NotificationsDbContext>(db, clock)
{
    protected override Task HandleAsync(UserInvited message, CancellationToken cancellationToken) =>
        transport.SendAsync(
            composer.Compose(
                message.Email, message.DisplayName, message.Language, "Invitation_Subject",
                [composer["Invitation_Body", message.Language, message.InvitedBy], composer["Invitation_Validity", message.Language]],
                "Invitation_Action", message.SetPasswordLink),
            cancellationToken);
}

/// <summary>E-mails a password-reset link.</summary>
internal sealed class PasswordResetRequestedConsumer(NotificationsDbContext db, TimeProvider clock, EmailComposer composer, IMailTransport transport)
    : InboxConsumer<PasswordResetRequested, NotificationsDbContext>(db, clock)
{
    protected override Task HandleAsync(PasswordResetRequested message, CancellationToken cancellationToken) =>
        transport.SendAsync(
            composer.Compose(
                message.Email, message.DisplayName, message.Language, "Reset_Subject",
                [composer["Reset_Body", message.Language], composer["Reset_Validity", message.Language]],
                "Reset_Action", message.ResetLink),
            cancellationToken);
}
