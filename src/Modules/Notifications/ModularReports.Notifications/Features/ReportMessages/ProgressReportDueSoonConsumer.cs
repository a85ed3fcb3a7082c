using ModularReports.Notifications.Data;
using ModularReports.Notifications.Delivery;
using ModularReports.Notifications.Features.Sending;
using ModularReports.Reporting.Contracts;

namespace ModularReports.Notifications.Features.ReportMessages;

/// <summary>A period's due date approaches: the resolution's focal points are asked to submit its progress report.</summary>
internal sealed class ProgressReportDueSoonConsumer(
    NotificationsDbContext db, TimeProvider clock, IUserDirectory users, NotificationWriter writer, EmailQueue emails, ReportTexts texts)
    : EmailingConsumer<ProgressReportDueSoon>(db, clock, emails)
{
    protected override async Task HandleAsync(ProgressReportDueSoon message, CancellationToken cancellationToken)
    {
        var people = (await users.FindManyAsync(message.FocalPointUserIds.ToList(), cancellationToken)).Values.ToList();
        await writer.WriteAsync(
            $"due/{message.PeriodId:N}/{message.ResolutionId:N}/{message.DueOn:yyyy-MM-dd}", people,
            async _ =>
            {
                var (code, title) = await texts.ResolutionAsync(message.ResolutionId, cancellationToken);
                var due = message.DueOn.ToReaderDate();
                return new NotificationContent(
                    NotificationKinds.DueSoon, texts["DueSoon_Subject", message.PeriodName, code, due, title],
                    [texts[message.ProgressReportId is null ? "DueSoon_Body_NotStarted" : "DueSoon_Body_Draft", message.PeriodName, code, due, title]],
                    texts[message.ProgressReportId is null ? "Action_Start" : "Action_Open"],
                    message.ProgressReportId is { } id ? ReportTexts.Link(ReportKinds.Progress, id) : "/progress-reports");
            },
            message.OccurredAt.UtcDateTime, cancellationToken);
    }
}
