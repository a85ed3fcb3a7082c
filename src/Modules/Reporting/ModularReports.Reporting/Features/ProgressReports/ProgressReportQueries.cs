using ModularReports.BuildingBlocks.Mediation;
using ModularReports.Reporting.Data;
using ModularReports.Reporting.Features.Review;

namespace ModularReports.Reporting.Features.ProgressReports;

/// <summary>A progress report in a list; <paramref name="DueOn"/> is its period's due date and <paramref name="Deadline"/> where it stands.</summary>
internal sealed record ProgressSummary(
    Guid Id, string Title, Guid ResolutionId, Guid PeriodId, string PeriodName, string State, string StateLabel, DateTime UpdatedAt, DateTime? PublishedAt,
    int Version, DateOnly DueOn, DeadlineStatus Deadline);

internal sealed record ProgressPage(IReadOnlyList<ProgressSummary> Items, int Page, int PageSize, int Total);

/// <summary>The progress reports the caller may see (their resolutions; all for admins), by resolution code.</summary>
internal sealed record ListProgressReports(Guid? ResolutionId, Guid? PeriodId, string? State, int Page = 1, int PageSize = 25) : IQuery<ProgressPage>;

internal sealed class ListProgressReportsValidator : AbstractValidator<ListProgressReports>
{
    public ListProgressReportsValidator()
    {
        RuleFor(q => q.Page).ValidPage();
        RuleFor(q => q.PageSize).InclusiveBetween(1, 100);
        RuleFor(q => q.State).MaximumLength(100);
    }
}

internal sealed class ProgressReportQueries(ReportingDbContext db, ReportAccess access, IWorkflowRuntime workflow, TimeProvider clock)
    : IQueryHandler<ListProgressReports, ProgressPage>
{
    public async ValueTask<ProgressPage> Handle(ListProgressReports query, CancellationToken cancellationToken)
    {
        var reports = await access.VisibleAsync(db.ProgressReports.AsNoTracking(), cancellationToken);
        if (query.ResolutionId is { } resolution)
        {
            reports = reports.Where(r => r.ResolutionId == resolution);
        }

        if (query.PeriodId is { } period)
        {
            reports = reports.Where(r => r.PeriodId == period);
        }

        if (!string.IsNullOrWhiteSpace(query.State))
        {
            reports = reports.Where(r => r.State == query.State);
        }

        var total = await reports.CountAsync(cancellationToken);
        var rows = await reports.Join(db.Periods, r => r.PeriodId, p => p.Id, (r, p) => new { r, p })
            .OrderBy(x => x.r.ResolutionCode).ThenByDescending(x => x.p.StartsOn)
            .Skip((query.Page - 1) * query.PageSize).Take(query.PageSize)
            .Select(x => new { x.r.Id, x.r.ResolutionCode, x.r.ResolutionId, x.r.PeriodId, Period = x.p.Name, x.p.DueOn, x.p.RemindDaysBefore, x.r.DefinitionKey, x.r.DefinitionVersion, x.r.State, x.r.UpdatedAt, x.r.PublishedAt, x.r.Version })
            .ToListAsync(cancellationToken);
        var language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var items = new List<ProgressSummary>();
        foreach (var r in rows)
        {
            var state = await workflow.DescribeStateAsync(new WorkflowPosition(r.DefinitionKey, r.DefinitionVersion, r.State), language, cancellationToken);
            items.Add(new ProgressSummary(
                r.Id, ReportTitle.Progress(r.ResolutionCode), r.ResolutionId, r.PeriodId, r.Period, r.State, state.Label, r.UpdatedAt, r.PublishedAt, r.Version,
                r.DueOn, Deadline.Of(r.DueOn, r.RemindDaysBefore, state.EditableBy.Count > 0, today)));
        }

        return new ProgressPage(items, query.Page, query.PageSize, total);
    }
}
