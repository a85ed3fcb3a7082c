using FluentValidation;
using Mediator;
using ModularReports.BuildingBlocks.Mediation;
using ModularReports.BuildingBlocks.Web;
using ModularReports.Reporting.Contracts;
using ModularReports.Reporting.Data;
using ModularReports.Reporting.Domain;
using ModularReports.Reporting.Features.Review;
using ModularReports.Workflow.Contracts;

namespace ModularReports.Reporting.Features.ActivityReports;

/// <summary>
/// A person (or the system, for a timer) acts on a report: the workflow decides; the report's state, journal, submitted
/// version and outbox event are saved in one transaction. Two people acting at once: the report's version makes one
/// of them fail with 409 and nothing of theirs is applied.
/// </summary>
/// <param name="WithReport">False when the caller does not show the report afterwards (<see cref="Acted{TView}"/>).</param>
internal sealed record FireTrigger(Guid Id, string Trigger, string? Comment, bool AsSystem = false, bool WithReport = true, int? IfMatch = null)
    : ICommand<Acted<ActivityReportView>>, IVersionCheckedCommand;

internal sealed class FireTriggerValidator : AbstractValidator<FireTrigger>
{
    public FireTriggerValidator()
    {
        RuleFor(c => c.Trigger).NotEmpty().MaximumLength(ReportLimits.Trigger);
        RuleFor(c => c.Comment).MaximumLength(ReportLimits.Comment);
    }
}

internal sealed class FireTriggerHandler(ReportingDbContext db, ReportLoader loader, ReportAccess access, ReportReview review)
    : ICommandHandler<FireTrigger, Acted<ActivityReportView>>
{
    public async ValueTask<Acted<ActivityReportView>> Handle(FireTrigger command, CancellationToken cancellationToken)
    {
        ActivityReport report;
        WorkflowActorContext actor;
        if (command.AsSystem)
        {
            report = await ReportQueries.ActivityUntracked.ExecuteAsync(db, command.Id, cancellationToken)
                ?? throw new NotFoundException($"No activity report {command.Id}.");
            actor = new WorkflowActorContext(null, new HashSet<string> { WorkflowActors.System }, report.SubmitterUserId, report.Condition);
        }
        else
        {
            (report, _) = await loader.LoadAsync(command.Id, cancellationToken, tracked: false);
            actor = await access.ActorAsync(report, cancellationToken);
            MergePatch.CheckIfMatch(report, command.IfMatch);
        }

        ActivityReportView? submitted = null;
        var moved = await review.FireAsync(
            report, ReportKinds.Activity, actor, command.Trigger, command.Comment, async ct => submitted = await loader.ViewAsync(report, ct), cancellationToken);
        db.Publish(new ReportTransitioned(
            ReportKinds.Activity, report.Id, report.ResolutionId, report.ConstituentId, null, [report.AuthorUserId, .. report.CoAuthorIds], moved.From,
            moved.To, command.Trigger, command.Comment, actor.UserId, moved.NotifyActors, moved.At,
            report.DefinitionKey, report.DefinitionVersion));
        await review.SaveAsync(report, cancellationToken);
        if (!command.WithReport)
        {
            return new(report.Version, null);
        }

        // A submission's snapshot is the report as it is now but for the version the save just moved on.
        return new(report.Version, submitted is null ? await loader.ViewAsync(report, cancellationToken) : submitted with { Version = report.Version });
    }
}
