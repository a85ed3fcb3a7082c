using ModularReports.Notifications.Data;
using ModularReports.Notifications.Delivery;
using ModularReports.Notifications.Mail;

namespace ModularReports.Notifications.Features.Sending;

/// <summary>What to tell one person, already in their language; <see cref="Link"/> is a path of this application.</summary>
internal sealed record NotificationContent(
    string Kind, string Title, IReadOnlyList<string> Paragraphs, string ActionLabel, string Link, string? Quote = null);

/// <summary>
/// Turns one event into one in-app notification per recipient and, for those who want e-mail at once, one queued
/// e-mail each (the others' wait for their daily digest). A recipient who already has this event's notification
/// gets nothing more, whichever way the event came twice.
/// </summary>
internal sealed class NotificationWriter(NotificationsDbContext db, EmailComposer composer, EmailQueue emails, PublicUrls urls, TimeProvider clock)
{
    private readonly Dictionary<Guid, bool> digestByPerson = [];

    public async Task WriteAsync(
        string sourceKey, IReadOnlyCollection<UserRef> recipients, Func<UserRef, Task<NotificationContent>> compose, DateTime? occurredAt,
        CancellationToken cancellationToken)
    {
        var people = recipients.Where(u => u.IsActive).DistinctBy(u => u.Id).ToList();
        var ids = people.Select(u => u.Id).ToList();
        var notified = await db.Notifications.Where(n => n.SourceKey == sourceKey && ids.Contains(n.RecipientUserId))
            .Select(n => n.RecipientUserId).ToListAsync(cancellationToken);
        // ...or in this unit of work, from an earlier message of the same batch.
        notified.AddRange(db.Notifications.Local.Where(n => n.SourceKey == sourceKey).Select(n => n.RecipientUserId));
        var digest = await DigestReadersAsync(ids, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var person in people.Where(p => !notified.Contains(p.Id)))
        {
            var language = SupportedLanguages.OrDefault(person.PreferredLanguage);
            NotificationContent content;
            using (new LanguageScope(language))
            {
                content = await compose(person);
            }

            var awaitsDigest = digest.Contains(person.Id);
            db.Notifications.Add(new Notification
            {
                Id = Guid.CreateVersion7(), RecipientUserId = person.Id, SourceKey = sourceKey, Kind = content.Kind,
                Title = Fit(content.Title, Notification.TitleMaxLength), Body = Fit(Body(content), Notification.BodyMaxLength), Link = content.Link,
                CreatedAt = now, OccurredAt = occurredAt, AwaitsDigest = awaitsDigest,
            });
            if (!awaitsDigest)
            {
                var email = new EmailContent(content.Title, content.Paragraphs, content.ActionLabel, urls.Absolute(content.Link), content.Quote);
                await emails.AddNewAsync($"{sourceKey}/{person.Id:N}", person.Id, composer.Compose(person.Email, person.DisplayName, language, email), cancellationToken);
            }
        }
    }

    /// <summary>
    /// Who of these people reads e-mail in a daily digest. Remembered for the writer's scope (a batch of events, whose
    /// recipients mostly repeat: the same focal points and reporters), so each person is looked up once per batch.
    /// </summary>
    private async Task<HashSet<Guid>> DigestReadersAsync(List<Guid> ids, CancellationToken cancellationToken)
    {
        var unknown = ids.Where(id => !digestByPerson.ContainsKey(id)).ToList();
        if (unknown.Count > 0)
        {
            var digest = await db.Preferences.Where(p => unknown.Contains(p.UserId) && p.EmailMode == EmailMode.DailyDigest)
                .Select(p => p.UserId).ToListAsync(cancellationToken);
            foreach (var id in unknown)
            {
                digestByPerson[id] = digest.Contains(id);
            }
        }

        return ids.Where(id => digestByPerson[id]).ToHashSet();
    }

    private static string Body(NotificationContent content) =>
        string.Join("\n\n", content.Quote is { } quote ? [.. content.Paragraphs, quote] : content.Paragraphs);

    private static string Fit(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";
}
