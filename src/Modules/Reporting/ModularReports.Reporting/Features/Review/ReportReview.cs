using System.Globalization;
using System.Text.Json;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.EntityFrameworkCore;
using ModularReports.BuildingBlocks.Web;
using ModularReports.Reporting.Data;
using ModularReports.Reporting.Domain;
using ModularReports.Workflow.Contracts;

namespace ModularReports.Reporting.Features.Review;

/// <summary>A transition applied to a report: where it came from and whom the definition says to tell.</summary>
internal sealed record AppliedTransition(string From, string To, IReadOnlyList<string> NotifyActors, DateTimeOffset At);

/// <summary>
/// Moves either kind of report through its workflow: the engine decides; this applies the new state, the journal
/// entry, the submitted version on "submit", the public flag and the timer changes (an outbox event for the Workflow
/// module), all within the caller's transaction.
/// </summary>
internal sealed class ReportReview(ReportingDbContext db, IWorkflowRuntime workflow, TimeProvider clock)
{
    public async Task<AppliedTransition> FireAsync(
        IReviewedReport report, string kind, WorkflowActorContext actor, string trigger, string? comment, Func<CancellationToken, Task<object>> snapshot,
        CancellationToken cancellationToken)
    {
        var language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        var result = await workflow.FireAsync(report.Position(), actor, trigger, comment, language, cancellationToken);
        switch (result.Outcome)
        {
            case "NotAllowed":
                throw new ForbiddenException($"You may not '{trigger}' this report.");
            case "CommentRequired":
                throw new ValidationException([new ValidationFailure("comment", "Say why: a comment is required.")]);
            case "NotAvailable":
                var available = await workflow.AvailableActionsAsync(report.Position(), actor, language, cancellationToken);
                throw new ConflictException(
                    "That action is not possible now.", $"'{trigger}' does not apply to the report in its current state '{report.State}'.",
                    extensions: new Dictionary<string, object?> { ["allowedActions"] = available.Select(a => a.Trigger).ToArray() });
        }

        var now = clock.GetUtcNow();
        var from = report.State;
        report.State = result.To!;
        report.UpdatedAt = now.UtcDateTime;
        report.IsPublic = (await workflow.DescribeStateAsync(report.Position(), "en", cancellationToken)).IsPublic;
        report.PublishedAt = report.IsPublic ? report.PublishedAt ?? now.UtcDateTime : null;
        db.Journal.Add(new JournalEntry
        {
            Id = Guid.CreateVersion7(), ReportId = report.Id, At = now.UtcDateTime, ActorUserId = actor.UserId, From = from, To = report.State,
            Trigger = trigger, Comment = string.IsNullOrWhiteSpace(comment) ? null : comment, DefinitionVersion = report.DefinitionVersion,
        });
        if (trigger == "submit" && actor.UserId is { } submitter)
        {
            report.SubmitterUserId = submitter;
            var number = await ReportQueries.Submissions.ExecuteAsync(db, report.Id, cancellationToken) + 1;
            db.SubmittedVersions.Add(new SubmittedVersion
            {
                Id = Guid.CreateVersion7(), ReportId = report.Id, Number = number, SubmittedAt = now.UtcDateTime, SubmittedBy = submitter,
                Snapshot = JsonSerializer.Serialize(await snapshot(cancellationToken), JsonSerializerOptions.Web),
            });
        }

        // Timers change through the outbox, in this transaction: the Workflow module applies them once, off the request.
        // A timer that runs out for a report that has moved on is ignored by the report's timer target.
        if (result.CancelPreviousTimers || result.TimersToSchedule.Count > 0)
        {
            db.Publish(new WorkflowTimersChanged(
                kind, report.Id, report.Position(), result.CancelPreviousTimers, result.TimersToSchedule, now, report.Version));
        }

        return new AppliedTransition(from, report.State, result.NotifyActors, now);
    }

    /// <summary>
    /// Saves what <see cref="FireAsync"/> changed on a report read without tracking, with the rows it added (journal,
    /// submitted version, events), in one round trip: the hottest write of the system (ADR 19). A report that moved on
    /// since it was read saves nothing and fails with a concurrency error, which the command pipeline retries once.
    /// </summary>
    public Task SaveAsync(IReviewedReport report, CancellationToken cancellationToken) => db.SaveUntrackedAsync(report, TransitionColumns, cancellationToken);

    private static readonly string[] TransitionColumns =
    [
        nameof(IReviewedReport.State), nameof(IReviewedReport.UpdatedAt), nameof(IReviewedReport.IsPublic), nameof(IReviewedReport.PublishedAt),
        nameof(IReviewedReport.SubmitterUserId),
    ];

    /// <summary>Moves a report to another version of its definition, keeping its state; journaled.</summary>
    public async Task MigrateAsync(IReviewedReport report, int toVersion, string by, CancellationToken cancellationToken)
    {
        var from = report.DefinitionVersion;
        report.DefinitionVersion = toVersion;
        report.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        report.IsPublic = (await workflow.DescribeStateAsync(report.Position(), "en", cancellationToken)).IsPublic;
        db.Journal.Add(new JournalEntry
        {
            Id = Guid.CreateVersion7(), ReportId = report.Id, At = report.UpdatedAt, ActorUserId = null, From = report.State, To = report.State,
            Trigger = "migrate", Comment = $"Moved from review version {from} to {toVersion} by {by}.", DefinitionVersion = toVersion,
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Whether the actor may edit the report in its state (the definition's <c>editableBy</c>).</summary>
    public async Task EnsureEditableAsync(IReviewedReport report, IReadOnlySet<string> relations, CancellationToken cancellationToken)
    {
        var state = await workflow.DescribeStateAsync(report.Position(), CultureInfo.CurrentUICulture.TwoLetterISOLanguageName, cancellationToken);
        if (!state.EditableBy.Any(relations.Contains))
        {
            throw new ForbiddenException($"The report cannot be edited by you while it is '{state.Label}'.");
        }
    }
}
