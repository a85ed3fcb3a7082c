using ModularReports.BuildingBlocks.Mediation;
using ModularReports.Reporting.Data;

namespace ModularReports.Reporting.Features.Review;

/// <summary>
/// A person (or the system, for a timer) acts on a report of either kind: the workflow decides; the report's move, its
/// journal entry, submitted version and events are saved in one transaction. Two people acting at once: the report's
/// version makes one of them fail with 409 and nothing of theirs is applied.
/// </summary>
/// <param name="WithReport">False when the caller does not show the report afterwards (<see cref="Acted"/>).</param>
internal sealed record ActOnReport(string Kind, Guid Id, string Trigger, string? Comment, bool AsSystem = false, bool WithReport = true, int? IfMatch = null)
    : ICommand<Acted>, IVersionCheckedCommand;

internal sealed class ActOnReportValidator : AbstractValidator<ActOnReport>
{
    public ActOnReportValidator()
    {
        RuleFor(c => c.Trigger).NotEmpty().MaximumLength(ReportLimits.Trigger);
        RuleFor(c => c.Comment).MaximumLength(ReportLimits.Comment);
    }
}

internal sealed class ActOnReportHandler(ReportLoader loader, ReportAccess access, ReportReview review, ReportStore store, ReportViews views)
    : ICommandHandler<ActOnReport, Acted>
{
    public async ValueTask<Acted> Handle(ActOnReport command, CancellationToken cancellationToken)
    {
        ReviewedReport report;
        WorkflowActorContext actor;
        if (command.AsSystem)
        {
            report = await loader.LoadForSystemAsync(command.Kind, command.Id, cancellationToken);
            actor = access.SystemActor(report);
        }
        else
        {
            (report, var relations) = await loader.LoadToActOnAsync(command.Kind, command.Id, cancellationToken);
            actor = access.Actor(report, relations);
        }

        MergePatch.CheckIfMatch(report, command.IfMatch);

        var submitted = await review.FireAsync(report, actor, command.Trigger, command.Comment, cancellationToken);
        await store.SaveTransitionAsync(report, cancellationToken);
        if (!command.WithReport)
        {
            return new(report.Version, null);
        }

        // A submission's snapshot is the report as it is now but for the version the save just moved on.
        return new(report.Version, submitted?.AtVersion(report.Version) ?? await views.ViewAsync(report, cancellationToken));
    }
}
