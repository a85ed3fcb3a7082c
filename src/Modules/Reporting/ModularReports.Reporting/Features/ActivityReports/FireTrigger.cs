using System.Globalization;
using System.Text.Json;
using FluentValidation;
using FluentValidation.Results;
using Mediator;
using ModularReports.BuildingBlocks.Mediation;
using ModularReports.BuildingBlocks.Web;
using ModularReports.Reporting.Contracts;
using ModularReports.Reporting.Data;
using ModularReports.Reporting.Domain;
using ModularReports.Workflow.Contracts;

namespace ModularReports.Reporting.Features.ActivityReports;

/// <summary>
/// A person (or the system, for a timer) acts on a report: the workflow decides; the report's state, journal, submitted
/// version and outbox event are saved in one transaction. Two people acting at once: the report's version makes one
/// of them fail with 409 and nothing of theirs is applied.
/// </summary>
internal sealed record FireTrigger(Guid Id, string Trigger, string? Comment, bool AsSystem = false) : ICommand<ActivityReportView>;

internal sealed class FireTriggerHandler(
    ReportingDbContext db, ReportLoader loader, ReportAccess access, IWorkflowRuntime workflow, IWorkflowTimers timers, AfterCommit afterCommit, TimeProvider clock)
    : ICommandHandler<FireTrigger, ActivityReportView>
{
    public const string DocumentType = "activity-report";

    public async ValueTask<ActivityReportView> Handle(FireTrigger command, CancellationToken cancellationToken)
    {
        ActivityReport report;
        WorkflowActorContext actor;
        if (command.AsSystem)
        {
            report = await db.ActivityReports.FindAsync([command.Id], cancellationToken) ?? throw new NotFoundException($"No activity report {command.Id}.");
            actor = new WorkflowActorContext(null, new HashSet<string> { WorkflowActors.System }, report.SubmitterUserId, report.Condition);
        }
        else
        {
            (report, _) = await loader.LoadAsync(command.Id, cancellationToken);
            actor = await access.ActorAsync(report, cancellationToken);
        }

        var language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        var result = await workflow.FireAsync(ReportLoader.Position(report), actor, command.Trigger, command.Comment, language, cancellationToken);
        switch (result.Outcome)
        {
            case "NotAllowed":
                throw new ForbiddenException($"You may not '{command.Trigger}' this report.");
            case "CommentRequired":
                throw new ValidationException([new ValidationFailure("comment", "Say why: a comment is required.")]);
            case "NotAvailable":
                var available = await workflow.AvailableActionsAsync(ReportLoader.Position(report), actor, language, cancellationToken);
                throw new ConflictException(
                    "That action is not possible now.", $"'{command.Trigger}' does not apply to the report in its current state '{report.State}'.",
                    extensions: new Dictionary<string, object?> { ["allowedActions"] = available.Select(a => a.Trigger).ToArray() });
        }

        var now = clock.GetUtcNow();
        var from = report.State;
        report.State = result.To!;
        report.UpdatedAt = now.UtcDateTime;
        db.Journal.Add(new JournalEntry
        {
            Id = Guid.CreateVersion7(), ReportId = report.Id, At = now.UtcDateTime, ActorUserId = actor.UserId, From = from, To = report.State,
            Trigger = command.Trigger, Comment = string.IsNullOrWhiteSpace(command.Comment) ? null : command.Comment, DefinitionVersion = report.DefinitionVersion,
        });
        if (command.Trigger == "submit" && actor.UserId is { } submitter)
        {
            report.SubmitterUserId = submitter;
            var number = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.SubmittedVersions, v => v.ReportId == report.Id, cancellationToken) + 1;
            db.SubmittedVersions.Add(new SubmittedVersion
            {
                Id = Guid.CreateVersion7(), ReportId = report.Id, Number = number, SubmittedAt = now.UtcDateTime, SubmittedBy = submitter,
                Snapshot = JsonSerializer.Serialize(await loader.ViewAsync(report, cancellationToken), JsonSerializerOptions.Web),
            });
        }

        db.Publish(new ActivityReportTransitioned(
            report.Id, report.ResolutionId, report.ConstituentId, report.AuthorUserId, from, report.State, command.Trigger, command.Comment,
            actor.UserId, result.NotifyActors, now));
        await db.SaveChangesAsync(cancellationToken);

        // Timers live in the Workflow module's store: written once this transaction has committed. A timer that
        // runs out for a report that has moved on is ignored (ActivityReportTimers checks the state).
        var position = ReportLoader.Position(report);
        afterCommit.Add(async ct =>
        {
            if (result.CancelPreviousTimers)
            {
                await timers.CancelAllAsync(DocumentType, report.Id, ct);
            }

            if (result.TimersToSchedule.Count > 0)
            {
                await timers.ScheduleAsync(DocumentType, report.Id, position, result.TimersToSchedule, ct);
            }
        });

        return await loader.ViewAsync(report, cancellationToken);
    }
}
