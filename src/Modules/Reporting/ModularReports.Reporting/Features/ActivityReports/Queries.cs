using ModularReports.BuildingBlocks.Mediation;
using ModularReports.Reporting.Data;
using ModularReports.Reporting.Features.Review;

namespace ModularReports.Reporting.Features.ActivityReports;

internal sealed record ReportSummary(
    Guid Id, string Title, Guid ResolutionId, Guid ConstituentId, string ConstituentName, string State, string StateLabel, DateTime UpdatedAt, int Version);

internal sealed record ReportPage(IReadOnlyList<ReportSummary> Items, int Page, int PageSize, int Total);

/// <summary>The reports the caller may see, newest change first.</summary>
internal sealed record ListActivityReports(Guid? ResolutionId, string? State, int Page = 1, int PageSize = 25) : IQuery<ReportPage>;

internal sealed class ListActivityReportsValidator : AbstractValidator<ListActivityReports>
{
    public ListActivityReportsValidator()
    {
        RuleFor(q => q.Page).ValidPage();
        RuleFor(q => q.PageSize).InclusiveBetween(1, 100);
        RuleFor(q => q.State).MaximumLength(100);
    }
}

internal sealed class ActivityReportQueries(
    ReportingDbContext db, ReportAccess access, IWorkflowRuntime workflow, IResolutionCatalog resolutions, IConstituentDirectory constituents)
    : IQueryHandler<ListActivityReports, ReportPage>
{
    public async ValueTask<ReportPage> Handle(ListActivityReports query, CancellationToken cancellationToken)
    {
        var reports = await access.VisibleAsync(db.ActivityReports.AsNoTracking(), cancellationToken);

        if (query.ResolutionId is { } resolution)
        {
            reports = reports.Where(r => r.ResolutionId == resolution);
        }

        if (!string.IsNullOrWhiteSpace(query.State))
        {
            reports = reports.Where(r => r.State == query.State);
        }

        var total = await reports.CountAsync(cancellationToken);
        var rows = await reports.OrderByDescending(r => r.UpdatedAt).Skip((query.Page - 1) * query.PageSize).Take(query.PageSize)
            .Select(r => new { r.Id, r.ResolutionId, r.ConstituentId, r.DefinitionKey, r.DefinitionVersion, r.State, r.UpdatedAt, r.Version })
            .ToListAsync(cancellationToken);
        var language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        var codes = await resolutions.FindManyAsync(rows.Select(r => r.ResolutionId).Distinct().ToList(), language, cancellationToken);
        var names = await constituents.FindManyAsync(rows.Select(r => r.ConstituentId).Distinct().ToList(), cancellationToken);
        var items = new List<ReportSummary>();
        foreach (var r in rows)
        {
            var state = await workflow.DescribeStateAsync(new WorkflowPosition(r.DefinitionKey, r.DefinitionVersion, r.State), language, cancellationToken);
            items.Add(new ReportSummary(
                r.Id, ReportTitle.Activity(codes.GetValueOrDefault(r.ResolutionId)?.Code), r.ResolutionId, r.ConstituentId,
                names.GetValueOrDefault(r.ConstituentId)?.DisplayName ?? string.Empty, r.State, state.Label, r.UpdatedAt, r.Version));
        }

        return new ReportPage(items, query.Page, query.PageSize, total);
    }
}
