namespace ModularReports.Reporting.Features.Review;

/// <summary>One report of either kind, as the caller may read it.</summary>
internal sealed record GetReport(string Kind, Guid Id) : IQuery<IReportView>;

/// <summary>
/// What the caller may do with a report now (submit, return, accept...) and what not yet and why, in their language.
/// </summary>
internal sealed record ReportActions(string Kind, Guid Id) : IQuery<ReportActionChoices>;

internal sealed class ReadReportHandlers(ReportLoader loader, ReportViews views, ReportAccess access, IWorkflowRuntime workflow, ActionReasons reasons)
    : IQueryHandler<GetReport, IReportView>, IQueryHandler<ReportActions, ReportActionChoices>
{
    public async ValueTask<IReportView> Handle(GetReport query, CancellationToken cancellationToken) =>
        await views.ViewAsync((await loader.LoadAsync(query.Kind, query.Id, cancellationToken)).Report, cancellationToken);

    public async ValueTask<ReportActionChoices> Handle(ReportActions query, CancellationToken cancellationToken)
    {
        var (report, relations) = await loader.LoadAsync(query.Kind, query.Id, cancellationToken);
        var actions = await workflow.ActionsAsync(
            report.Position, access.Actor(report, relations), CultureInfo.CurrentUICulture.TwoLetterISOLanguageName, cancellationToken);
        return reasons.Choices(report, actions);
    }
}
