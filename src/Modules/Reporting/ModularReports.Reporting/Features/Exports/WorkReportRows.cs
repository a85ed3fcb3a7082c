using Microsoft.Extensions.Localization;
using ModularReports.Reporting.Data;
using ModularReports.Reporting.Features.Review;

namespace ModularReports.Reporting.Features.Exports;

/// <summary>A report a focal point or admin exports with where its review stands: its state in the reader's language.</summary>
internal sealed record ExportedWork<T>(T Report, string Title, string ResolutionCode, string ResolutionTitle, string ReviewState, string Organisation, string Period,
    IReadOnlyList<string> Members, IReadOnlyList<string> Commissions, Uri Link)
    where T : ReviewedReport;

/// <summary>
/// The activity or progress reports the caller may see (as on the lists), of a resolution, state and (progress) period,
/// newest change first, read in batches so that an export streams; or given reports, in the order they were created.
/// </summary>
internal sealed class WorkReportRows(
    ReportingDbContext db, ReportAccess access, IWorkflowRuntime workflow, IResolutionCatalog resolutions, IConstituentDirectory constituents, PublicUrls urls)
{
    private const int Batch = 500;

    public async IAsyncEnumerable<ExportedWork<ActivityReport>> ActivityAsync(
        Guid? resolutionId, string? state, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var reports = (await access.VisibleAsync(db.ActivityReports.AsNoTracking(), cancellationToken))
            .Where(r => (resolutionId == null || r.ResolutionId == resolutionId) && (state == null || r.State == state));
        await foreach (var row in Activity(NewestChangeFirst(reports), cancellationToken))
        {
            yield return row;
        }
    }

    public async IAsyncEnumerable<ExportedWork<ProgressReport>> ProgressAsync(
        Guid? resolutionId, Guid? periodId, string? state, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var reports = (await access.VisibleAsync(db.ProgressReports.AsNoTracking(), cancellationToken))
            .Where(r => (resolutionId == null || r.ResolutionId == resolutionId) && (periodId == null || r.PeriodId == periodId)
                && (state == null || r.State == state));
        await foreach (var row in ProgressAsync(NewestChangeFirst(reports), cancellationToken))
        {
            yield return row;
        }
    }

    /// <summary>
    /// These activity reports, whoever asks (the caller has checked who may see them), in the order they were created:
    /// one that changes while they are read keeps its place.
    /// </summary>
    public IAsyncEnumerable<ExportedWork<ActivityReport>> ActivityOfAsync(IQueryable<ActivityReport> reports, CancellationToken cancellationToken) =>
        Activity(reports.OrderBy(r => r.CreatedAt).ThenBy(r => r.Id), cancellationToken);

    /// <summary>These progress reports, whoever asks, in the order they were created (as <see cref="ActivityOfAsync"/>).</summary>
    public IAsyncEnumerable<ExportedWork<ProgressReport>> ProgressOfAsync(IQueryable<ProgressReport> reports, CancellationToken cancellationToken) =>
        ProgressAsync(reports.OrderBy(r => r.CreatedAt).ThenBy(r => r.Id), cancellationToken);

    private static IOrderedQueryable<T> NewestChangeFirst<T>(IQueryable<T> reports)
        where T : ReviewedReport => reports.OrderByDescending(r => r.UpdatedAt).ThenBy(r => r.Id);

    private IAsyncEnumerable<ExportedWork<ActivityReport>> Activity(IOrderedQueryable<ActivityReport> reports, CancellationToken cancellationToken) =>
        ReadAsync(reports, (_, code) => ReportTitle.Activity(code), r => r.ConstituentId, _ => string.Empty, "/activity-reports/", cancellationToken);

    private async IAsyncEnumerable<ExportedWork<ProgressReport>> ProgressAsync(
        IOrderedQueryable<ProgressReport> reports, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var periods = await db.Periods.AsNoTracking().ToDictionaryAsync(p => p.Id, p => p.Name, cancellationToken);
        await foreach (var row in ReadAsync(
            reports, (r, _) => r.Title, _ => null, r => periods.GetValueOrDefault(r.PeriodId, string.Empty), "/progress-reports/", cancellationToken))
        {
            yield return row;
        }
    }

    private async IAsyncEnumerable<ExportedWork<T>> ReadAsync<T>(
        IOrderedQueryable<T> reports, Func<T, string, string> title, Func<T, Guid?> organisation, Func<T, string> period, string page,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
        where T : ReviewedReport
    {
        var language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        for (var skip = 0; ; skip += Batch)
        {
            var batch = await reports.Skip(skip).Take(Batch).ToListAsync(cancellationToken);
            var titles = await resolutions.FindManyAsync(batch.Select(r => r.ResolutionId).Distinct().ToList(), language, cancellationToken);
            var names = await constituents.FindManyAsync(
                batch.SelectMany(r => r.MemberIds.Concat(r.CommissionIds).Concat(organisation(r) is { } o ? [o] : [])).Distinct().ToList(), cancellationToken);
            List<string> Named(IEnumerable<Guid> ids) => ids.Where(names.ContainsKey).Select(id => names[id].DisplayName).Order(StringComparer.CurrentCulture).ToList();
            foreach (var report in batch)
            {
                var state = await workflow.DescribeStateAsync(report.Position, language, cancellationToken);
                var resolution = titles.GetValueOrDefault(report.ResolutionId);
                yield return new ExportedWork<T>(
                    report, title(report, resolution?.Code ?? string.Empty), resolution?.Code ?? string.Empty, resolution?.Title ?? string.Empty, state.Label,
                    organisation(report) is { } id ? names.GetValueOrDefault(id)?.DisplayName ?? string.Empty : string.Empty, period(report),
                    Named(report.MemberIds), Named(report.CommissionIds), urls.Absolute(page + report.Id));
            }

            if (batch.Count < Batch)
            {
                yield break;
            }
        }
    }
}

/// <summary>The columns of the work exports: the report, where its review stands, and its fields as on the form.</summary>
internal sealed class WorkReportColumns(IStringLocalizer<ReportingText> text)
{
    public IReadOnlyList<ExportColumn<ExportedWork<ActivityReport>>> Activity() =>
    [
        .. Common<ActivityReport>(),
        new(text["Column_Organisation"], 40, r => r.Organisation),
        new(text["PeriodCovered"], 24, r => $"{r.Report.PeriodFrom:yyyy-MM-dd} – {r.Report.PeriodTo:yyyy-MM-dd}"),
        new(text["GeographicScope"], 30, r => r.Report.GeographicScope ?? string.Empty),
        .. Involvement<ActivityReport>(),
        .. ReportVocabulary.ActionCategories.Select(category => new ExportColumn<ExportedWork<ActivityReport>>(
            ReportingText.Category(text, category), 16, r => r.Report.Actions.Any(a => a.Category == category) ? text["Answer_Yes"] : string.Empty)),
        new(text["Actions"], 60, r => string.Join("\n", r.Report.Actions.Select(a => $"• {ReportingText.Category(text, a.Category)}: {a.Description} ({ReportingText.ActionStatus(text, a.Status)})"))),
        new(text["Column_Results"], 60, r => ReportMarkup.Plain(r.Report.Results)),
        new(text["Column_Challenges"], 60, r => ReportMarkup.Plain(r.Report.Challenges)),
        new(text["Column_FutureActions"], 60, r => ReportMarkup.Plain(r.Report.FutureActions)),
        .. Closing<ActivityReport>(),
    ];

    public IReadOnlyList<ExportColumn<ExportedWork<ProgressReport>>> Progress() =>
    [
        .. Common<ProgressReport>(),
        new(text["Period"], 14, r => r.Period),
        new(text["StatusOfImplementation"], 28, r => ReportingText.Status(text, r.Report.ImplementationStatus) ?? string.Empty),
        .. Involvement<ProgressReport>(),
        .. ReportVocabulary.ActionCategories.Select(category => new ExportColumn<ExportedWork<ProgressReport>>(
            ReportingText.Category(text, category), 16, r => r.Report.ActionCategories.Contains(category) ? text["Answer_Yes"] : string.Empty)),
        new(text["Column_Results"], 60, r => ReportMarkup.Plain(r.Report.Results)),
        new(text["Column_Challenges"], 60, r => ReportMarkup.Plain(r.Report.Challenges)),
        new(text["Column_FutureActions"], 60, r => ReportMarkup.Plain(r.Report.FutureActions)),
        .. Closing<ProgressReport>(),
    ];

    private IEnumerable<ExportColumn<ExportedWork<T>>> Common<T>()
        where T : ReviewedReport =>
    [
        new(text["Report"], 34, r => r.Title),
        new(text["Resolution"], 18, r => r.ResolutionCode),
        new(text["Column_ResolutionTitle"], 50, r => r.ResolutionTitle),
        new(text["Column_ReviewState"], 22, r => r.ReviewState),
    ];

    private IEnumerable<ExportColumn<ExportedWork<T>>> Involvement<T>()
        where T : ReviewedReport =>
    [
        new(text["IucnMembers"], 40, r => string.Join("; ", r.Members)),
        new(text["IucnCommissions"], 40, r => string.Join("; ", r.Commissions)),
        new(text["IucnSecretariat"], 12, r => ReportingText.YesNo(text, r.Report.SecretariatInvolved, string.Empty)),
        new(text["OtherOrganisations"], 30, r => r.Report.OtherOrganisations ?? string.Empty),
    ];

    private IEnumerable<ExportColumn<ExportedWork<T>>> Closing<T>()
        where T : ReviewedReport =>
    [
        ExportColumn<ExportedWork<T>>.OfDate(text["Column_Updated"], r => DateOnly.FromDateTime(r.Report.UpdatedAt)),
        new(text["Column_Link"], 40, r => r.Link.ToString(), IsLink: true),
    ];
}
