using FluentValidation.Results;
using ModularReports.Reporting.Data;

namespace ModularReports.Reporting.Features.Review;

/// <summary>
/// Moves a report of either kind through its workflow: the engine decides, the report applies the move, and this adds
/// what goes with it to the caller's transaction: the journal entry, the submitted version when the transition keeps
/// one, the timer changes for the Workflow module and the event that tells people.
/// </summary>
internal sealed class ReportReview(ReportStore store, ReportViews views, IWorkflowRuntime workflow, ActionReasons reasons, TimeProvider clock)
{
    /// <summary>Applies the move to the report, unsaved; returns the submitted version's view when the move kept one.</summary>
    public async Task<IReportView?> FireAsync(
        ReviewedReport report, WorkflowActorContext actor, string trigger, string? comment, CancellationToken cancellationToken)
    {
        var language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        var decision = await workflow.FireAsync(report.Position, actor, trigger, comment, language, cancellationToken);
        switch (decision.Outcome)
        {
            case WorkflowOutcome.NotAllowed:
                throw new ForbiddenException(reasons.NotAllowed);
            case WorkflowOutcome.CommentRequired:
                throw new ValidationException([new ValidationFailure("comment", reasons.CommentRequired)]);
            case WorkflowOutcome.NotAvailable when decision.Unmet is { Count: > 0 } unmet:
                var why = reasons.Explain(report, unmet);
                throw new ConflictException(
                    reasons.NotYet, string.Join(" ", why.Select(r => r.Message)),
                    extensions: new Dictionary<string, object?>
                    {
                        ["allowedActions"] = decision.Available.Select(a => a.Trigger).ToArray(),
                        ["reasons"] = why,
                        ["missingFields"] = why.SelectMany(r => r.MissingFields).Select(f => f.Name).Distinct().ToArray(),
                    });
            case WorkflowOutcome.NotAvailable:
                var state = await workflow.DescribeStateAsync(report.Position, language, cancellationToken);
                throw new ConflictException(
                    reasons.NotNowTitle, reasons.NotNow(state.Label),
                    extensions: new Dictionary<string, object?> { ["allowedActions"] = decision.Available.Select(a => a.Trigger).ToArray() });
        }

        var now = clock.GetUtcNow();
        var (from, wasPublic) = (report.State, report.IsPublic);
        store.Add(report.ApplyTransition(decision, actor.UserId, trigger, comment, now.UtcDateTime));
        IReportView? submitted = null;
        if (decision.KeepsSubmittedVersion && actor.UserId is { } submitter)
        {
            submitted = await views.ViewAsync(report, cancellationToken);
            store.Add(new SubmittedVersion
            {
                Id = Guid.CreateVersion7(), ReportId = report.Id, Number = await store.NextSubmissionAsync(report.Id, cancellationToken),
                SubmittedAt = now.UtcDateTime, SubmittedBy = submitter, Snapshot = JsonSerializer.Serialize<object>(submitted, JsonSerializerOptions.Web),
            });
        }

        // Timers change through the outbox, in this transaction: the Workflow module applies them once, off the request.
        // A timer that runs out for a report that has moved on is ignored by the report's timer target.
        if (decision.CancelPreviousTimers || decision.TimersToSchedule.Count > 0)
        {
            store.Publish(new WorkflowTimersChanged(
                report.Kind, report.Id, report.Position, decision.CancelPreviousTimers, decision.TimersToSchedule, now, report.Version));
        }

        var (constituent, period) = Of(report);
        var contributors = decision.Notices.Any(n => n.Actors.Contains(WorkflowActors.Contributors))
            ? await store.ContributorsAsync(report, cancellationToken)
            : [];
        store.Publish(new ReportTransitioned(
            report.Kind, report.Id, report.ResolutionId, constituent, period, report.Authors, from, report.State, trigger, comment, actor.UserId,
            decision.Notices.Select(n => new ReportNotice(n.Message, n.Actors)).ToList(), now, report.DefinitionKey, report.DefinitionVersion,
            contributors, BecamePublic: report.IsPublic && !wasPublic));
        return submitted;
    }

    /// <summary>Moves a report to another version of its definition, keeping its state; journaled.</summary>
    public async Task MigrateAsync(ReviewedReport report, int toVersion, string by, CancellationToken cancellationToken)
    {
        var state = await workflow.DescribeStateAsync(report.Position with { Version = toVersion }, "en", cancellationToken);
        store.Add(report.MoveToVersion(toVersion, state, by, clock.GetUtcNow().UtcDateTime));
        await store.SaveAsync(cancellationToken);
    }

    /// <summary>Whether the actor may edit the report in its state (the definition's <c>editableBy</c>).</summary>
    public async Task EnsureEditableAsync(ReviewedReport report, IReadOnlySet<string> relations, CancellationToken cancellationToken)
    {
        var state = await workflow.DescribeStateAsync(report.Position, CultureInfo.CurrentUICulture.TwoLetterISOLanguageName, cancellationToken);
        if (!state.EditableBy.Any(relations.Contains))
        {
            throw new ForbiddenException($"The report cannot be edited by you while it is '{state.Label}'.");
        }
    }

    /// <summary>The reporting organisation of an activity report, the period of a progress report: what the messages name.</summary>
    public static (Guid? Constituent, Guid? Period) Of(ReviewedReport report) => report switch
    {
        ActivityReport a => (a.ConstituentId, null),
        ProgressReport p => (null, p.PeriodId),
        _ => (null, null),
    };
}
