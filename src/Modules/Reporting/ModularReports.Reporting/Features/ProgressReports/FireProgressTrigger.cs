using FluentValidation;
using Mediator;
using ModularReports.BuildingBlocks.Mediation;
using ModularReports.BuildingBlocks.Web;
using ModularReports.Reporting.Contracts;
using ModularReports.Reporting.Data;
using ModularReports.Reporting.Domain;
using ModularReports.Reporting.Features.Review;
using ModularReports.Workflow.Contracts;

namespace ModularReports.Reporting.Features.ProgressReports;

/// <summary>A person (or the system, for a timer) acts on a progress report; the same rules as for activity reports.</summary>
/// <param name="WithReport">False when the caller does not show the report afterwards (<see cref="Acted{TView}"/>).</param>
internal sealed record FireProgressTrigger(Guid Id, string Trigger, string? Comment, bool AsSystem = false, bool WithReport = true, int? IfMatch = null)
    : ICommand<Acted<ProgressReportView>>, IVersionCheckedCommand;

internal sealed class FireProgressTriggerValidator : AbstractValidator<FireProgressTrigger>
{
    public FireProgressTriggerValidator()
    {
        RuleFor(c => c.Trigger).NotEmpty().MaximumLength(ReportLimits.Trigger);
        RuleFor(c => c.Comment).MaximumLength(ReportLimits.Comment);
    }
}

internal sealed class FireProgressTriggerHandler(ReportingDbContext db, ProgressReportLoader loader, ReportAccess access, ReportReview review)
    : ICommandHandler<FireProgressTrigger, Acted<ProgressReportView>>
{
    public async ValueTask<Acted<ProgressReportView>> Handle(FireProgressTrigger command, CancellationToken cancellationToken)
    {
        ProgressReport report;
        WorkflowActorContext actor;
        if (command.AsSystem)
        {
            report = await ReportQueries.ProgressUntracked.ExecuteAsync(db, command.Id, cancellationToken)
                ?? throw new NotFoundException($"No progress report {command.Id}.");
            actor = new WorkflowActorContext(null, new HashSet<string> { WorkflowActors.System }, report.SubmitterUserId, report.Condition);
        }
        else
        {
            (report, _) = await loader.LoadAsync(command.Id, cancellationToken, tracked: false);
            actor = await access.ActorAsync(report, cancellationToken);
            MergePatch.CheckIfMatch(report, command.IfMatch);
        }

        ProgressReportView? submitted = null;
        var moved = await review.FireAsync(
            report, ReportKinds.Progress, actor, command.Trigger, command.Comment, async ct => submitted = await loader.ViewAsync(report, ct), cancellationToken);
        db.Publish(new ReportTransitioned(
            ReportKinds.Progress, report.Id, report.ResolutionId, null, report.PeriodId, [report.AuthorUserId], moved.From, moved.To, command.Trigger,
            command.Comment, actor.UserId, moved.NotifyActors, moved.At, report.DefinitionKey, report.DefinitionVersion));
        await review.SaveAsync(report, cancellationToken);
        if (!command.WithReport)
        {
            return new(report.Version, null);
        }

        // A submission's snapshot is the report as it is now but for the version the save just moved on.
        return new(report.Version, submitted is null ? await loader.ViewAsync(report, cancellationToken) : submitted with { Version = report.Version });
    }
}
