using ModularReports.BuildingBlocks.Hosting;
using ModularReports.Notifications.Data;
using ModularReports.Notifications.Delivery;
using ModularReports.Notifications.Mail;

namespace ModularReports.Notifications.Features.Digest;

/// <summary>
/// Once a day (07:00 UTC unless <c>BackgroundJobs:Schedules:notifications-daily-digest</c> says otherwise): one e-mail per person who chose the daily
/// digest, listing every notification that waited for it. The notifications leave the digest queue in the same
/// transaction that queues the e-mail, so a rerun never sends them twice.
/// </summary>
internal sealed class DailyDigestTask(
    NotificationsDbContext db, IUserDirectory users, EmailComposer composer, EmailQueue emails, PublicUrls urls)
    : IRecurringTask
{
    public string Name => "notifications-daily-digest";

    public string Cron => "0 7 * * *";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var waiting = await db.Notifications.Where(n => n.AwaitsDigest).OrderBy(n => n.CreatedAt).ThenBy(n => n.Id).ToListAsync(cancellationToken);
        if (waiting.Count == 0)
        {
            return;
        }

        var people = await users.FindManyAsync(waiting.Select(n => n.RecipientUserId).Distinct().ToList(), cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var group in waiting.GroupBy(n => n.RecipientUserId))
        {
            foreach (var notification in group)
            {
                notification.AwaitsDigest = false;
            }

            if (people.GetValueOrDefault(group.Key) is not { IsActive: true } person)
            {
                continue; // left since: nothing to send
            }

            var language = SupportedLanguages.OrDefault(person.PreferredLanguage);
            var items = group.Select(n => new EmailItem(n.Title, FirstParagraph(n.Body), urls.Absolute(n.Link))).ToList();
            var content = new EmailContent(
                composer["Digest_Subject", language, items.Count], [composer["Digest_Intro", language]], composer["Digest_Action", language],
                urls.Absolute("/notifications"), Items: items);
            // The newest notification included names the digest: the same set never makes a second e-mail.
            await emails.AddAsync(
                $"digest/{person.Id:N}/{group.Last().Id:N}", person.Id, composer.Compose(person.Email, person.DisplayName, language, content),
                cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        emails.Release();
    }

    private static string FirstParagraph(string body) => body.Split("\n\n", 2)[0];
}
