using ModularReports.Constituencies.Contracts;
using ModularReports.Notifications.Data;
using ModularReports.Notifications.Delivery;
using ModularReports.Notifications.Features.Following;
using ModularReports.Notifications.Features.Sending;
using ModularReports.Reporting.Contracts;
using ModularReports.Workflow.Contracts;

namespace ModularReports.Notifications.Features.ReportMessages;

/// <summary>
/// Tells the people the definition's notification rules name for this move, each rule with its message (submitted: the
/// focal points; returned: the authors, with the comment; accepted, approved, published...), except the person who
/// made it. Someone two rules name is told once, by the first. A move that publishes a report also tells the people who
/// follow its resolution (unless a rule already told them).
/// </summary>
internal sealed class ReportTransitionedConsumer(
    NotificationsDbContext db, TimeProvider clock, Recipients recipients, NotificationWriter writer, EmailQueue emails, ReportTexts texts,
    IUserDirectory users, IConstituentDirectory constituents, ReviewTasks reviewTasks, ResolutionFollowers followers, PublicUrls urls)
    : EmailingConsumer<ReportTransitioned>(db, clock, emails)
{
    protected override async Task HandleAsync(ReportTransitioned message, CancellationToken cancellationToken)
    {
        string? actor = null;
        // Whether admins are told in place of the resolution's focal points (it has no active one): asked once per move.
        var unreviewed = message.Notices.Any(n => n.Actors.Contains(WorkflowActors.AssignedFocalPoint))
            && !await recipients.HasActiveFocalPointAsync(message.ResolutionId, cancellationToken);
        var key = $"{Notification.ReportKeyPrefix(message.Kind, message.ReportId)}{message.From}>{message.To}/{message.OccurredAt.UtcTicks}";
        foreach (var notice in message.Notices)
        {
            var people = await recipients.ResolveAsync(
                notice.Actors, message.ResolutionId, message.ConstituentId, message.AuthorUserIds, message.ContributorUserIds ?? [], message.ActorUserId,
                cancellationToken);
            if (people.Count == 0)
            {
                continue;
            }

            actor ??= message.ActorUserId is { } actorId ? (await users.FindAsync(actorId, cancellationToken))?.DisplayName : null;
            // One key for the move: the writer tells each person once per key, so the first notice naming them wins.
            await writer.WriteAsync(
                key, people, person => ComposeAsync(message, notice, person, actor, unreviewed, cancellationToken), message.OccurredAt.UtcDateTime,
                cancellationToken);
        }

        if (message.BecamePublic)
        {
            var following = (await users.FindManyAsync(await followers.OfAsync(message.ResolutionId, cancellationToken), cancellationToken)).Values
                .Where(u => u.Id != message.ActorUserId).ToList();
            await writer.WriteAsync(key, following, _ => ComposeForFollowerAsync(message, cancellationToken), message.OccurredAt.UtcDateTime, cancellationToken);
        }

        await reviewTasks.FollowAsync(message, cancellationToken);
    }

    private async Task<NotificationContent> ComposeAsync(
        ReportTransitioned message, ReportNotice notice, UserRef person, string? actorName, bool unreviewed, CancellationToken cancellationToken)
    {
        var wording = notice.Message;
        var (code, title) = await texts.ResolutionAsync(message.ResolutionId, cancellationToken);
        var (state, isPublic) = await texts.StateAsync(message.DefinitionKey, message.DefinitionVersion, message.To, cancellationToken);
        var kind = texts.KindLabel(message.Kind);
        var actor = actorName ?? texts["System_Actor"];
        var (what, action) = wording switch
        {
            WorkflowMessages.Submitted => (NotificationKinds.Submitted, "Action_Review"),
            WorkflowMessages.Returned => (NotificationKinds.Returned, "Action_Edit"),
            WorkflowMessages.Accepted => (NotificationKinds.Accepted, "Action_Open"),
            WorkflowMessages.Approved => (NotificationKinds.Approved, "Action_Open"),
            WorkflowMessages.Published => (NotificationKinds.Published, "Action_ReadPublished"),
            _ => (NotificationKinds.Moved, "Action_Open"),
        };
        var publicPage = isPublic && message.Kind == ReportKinds.Progress;
        if (publicPage && what == NotificationKinds.Moved)
        {
            (what, action) = (NotificationKinds.Published, "Action_ReadPublished");
        }

        var paragraphs = new List<string> { texts[$"{Capitalised(what)}_Body", kind, code, title, actor, state] };
        await AddOrganisationAsync(paragraphs, message, cancellationToken);

        // An admin told in place of the resolution's focal points (it has no active one) is told why.
        if (unreviewed && notice.Actors.Contains(WorkflowActors.AssignedFocalPoint) && person.Roles.Contains(Roles.Admin))
        {
            paragraphs.Add(texts["NoFocalPoint", code]);
        }

        var quote = string.IsNullOrWhiteSpace(message.Comment) ? null : message.Comment;
        if (quote is not null)
        {
            paragraphs.Add(texts["Comment_Intro", actor]);
        }

        return new NotificationContent(
            what, texts[$"{Capitalised(what)}_Subject", kind, code, title, actor, state], paragraphs, texts[action],
            ReportTexts.Link(message.Kind, message.ReportId, publicPage), quote);
    }

    private async Task<NotificationContent> ComposeForFollowerAsync(ReportTransitioned message, CancellationToken cancellationToken)
    {
        var (code, title) = await texts.ResolutionAsync(message.ResolutionId, cancellationToken);
        var kind = texts.KindLabel(message.Kind);
        var paragraphs = new List<string> { texts["Followed_Body", kind, code, title] };
        await AddOrganisationAsync(paragraphs, message, cancellationToken);

        paragraphs.Add(texts["Followed_Why", code, urls.Absolute("/notifications/following")]);
        return new NotificationContent(
            NotificationKinds.Published, texts["Followed_Subject", kind, code, title], paragraphs, texts["Action_ReadPublished"],
            ReportTexts.Link(message.Kind, message.ReportId, published: true));
    }

    /// <summary>An activity report's messages name the organisation that reported.</summary>
    private async Task AddOrganisationAsync(List<string> paragraphs, ReportTransitioned message, CancellationToken cancellationToken)
    {
        if (message.ConstituentId is { } constituentId && await constituents.FindAsync(constituentId, cancellationToken) is { } organisation)
        {
            paragraphs.Add(texts["Organisation", organisation.DisplayName]);
        }
    }

    private static string Capitalised(string kind) => char.ToUpperInvariant(kind[0]) + kind[1..];
}
