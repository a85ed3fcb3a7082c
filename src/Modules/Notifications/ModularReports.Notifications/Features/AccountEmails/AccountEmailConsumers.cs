using ModularReports.Notifications.Data;
using ModularReports.Notifications.Delivery;
using ModularReports.Notifications.Mail;

namespace ModularReports.Notifications.Features.AccountEmails;

/// <summary>E-mails the invitation link to the person an admin invited (e-mail only: they cannot sign in yet).</summary>
internal sealed class UserInvitedConsumer(NotificationsDbContext db, TimeProvider clock, EmailComposer composer, EmailQueue emails)
    : EmailingConsumer<UserInvited>(db, clock, emails)
{
    protected override async Task HandleAsync(UserInvited message, CancellationToken cancellationToken)
    {
        var language = message.Language;
        var content = new EmailContent(
            composer["Invitation_Subject", language],
            [composer["Invitation_Body", language, message.InvitedBy], composer["Invitation_Validity", language]],
            composer["Invitation_Action", language], message.SetPasswordLink);
        await Emails.AddAsync(
            $"invitation/{message.UserId:N}/{message.OccurredAt.UtcTicks}", message.UserId,
            composer.Compose(message.Email, message.DisplayName, language, content), cancellationToken);
    }
}

/// <summary>E-mails a password-reset link.</summary>
internal sealed class PasswordResetRequestedConsumer(NotificationsDbContext db, TimeProvider clock, EmailComposer composer, EmailQueue emails)
    : EmailingConsumer<PasswordResetRequested>(db, clock, emails)
{
    protected override async Task HandleAsync(PasswordResetRequested message, CancellationToken cancellationToken)
    {
        var language = message.Language;
        var content = new EmailContent(
            composer["Reset_Subject", language], [composer["Reset_Body", language], composer["Reset_Validity", language]],
            composer["Reset_Action", language], message.ResetLink);
        await Emails.AddAsync(
            $"reset/{message.UserId:N}/{message.OccurredAt.UtcTicks}", message.UserId,
            composer.Compose(message.Email, message.DisplayName, language, content), cancellationToken);
    }
}
