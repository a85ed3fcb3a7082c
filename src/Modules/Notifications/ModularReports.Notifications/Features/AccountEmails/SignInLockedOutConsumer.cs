using Microsoft.Extensions.Localization;
using ModularReports.Notifications.Data;
using ModularReports.Notifications.Delivery;
using ModularReports.Notifications.Features.Sending;

namespace ModularReports.Notifications.Features.AccountEmails;

/// <summary>Warns the admins, in the application and by e-mail, that a client was locked out of an account after repeated failed sign-ins.</summary>
internal sealed class SignInLockedOutConsumer(
    NotificationsDbContext db, TimeProvider clock, EmailQueue emails, NotificationWriter writer, IUserDirectory users, IStringLocalizer<NotificationsText> text)
    : EmailingConsumer<SignInLockedOut>(db, clock, emails)
{
    protected override async Task HandleAsync(SignInLockedOut message, CancellationToken cancellationToken)
    {
        var admins = await users.InRoleAsync(Roles.Admin, cancellationToken);
        var until = message.LockedUntil.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", System.Globalization.CultureInfo.InvariantCulture);
        await writer.WriteAsync(
            $"sign-in-locked-out/{message.UserId:N}/{message.OccurredAt.UtcTicks}", admins,
            _ => Task.FromResult(new NotificationContent(
                NotificationKinds.SignInLockedOut, text["LockedOut_Subject", message.Email].Value,
                [text["LockedOut_Body", message.Email, message.ClientAddress, until].Value, text["LockedOut_Advice"].Value],
                text["Action_OpenAccount"].Value, $"/admin/users/{message.UserId}")),
            message.OccurredAt.UtcDateTime, cancellationToken);
    }
}
