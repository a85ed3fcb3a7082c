using ModularReports.Reporting.Data;

namespace ModularReports.Reporting.Features.Review;

/// <summary>A report the caller moved on lately: what they did, when, and where it stands now.</summary>
internal sealed record DoneItem(string Kind, Guid ReportId, string Title, string Action, DateTime At, string StateLabel);

/// <summary>The caller's "done" list: the reports they moved on in the last weeks, the latest first, each once.</summary>
internal sealed record MyDoneReviews : IQuery<IReadOnlyList<DoneItem>>;

internal sealed class MyDoneReviewsHandler(
    ReportingDbContext db, ReportAccess access, IWorkflowRuntime workflow, Constituencies.Contracts.IResolutionCatalog resolutions, TimeProvider clock)
    : IQueryHandler<MyDoneReviews, IReadOnlyList<DoneItem>>
{
    public const int Days = 30;
    public const int Limit = 20;

    public async ValueTask<IReadOnlyList<DoneItem>> Handle(MyDoneReviews query, CancellationToken cancellationToken)
    {
        var me = access.UserId;
        var since = clock.GetUtcNow().UtcDateTime.AddDays(-Days);
        var moves = (await db.Journal.AsNoTracking()
                .Where(j => j.ActorUserId == me && j.At >= since && !JournalWords.All.Contains(j.Trigger))
                .OrderByDescending(j => j.At).Take(Limit * 5).ToListAsync(cancellationToken))
            .DistinctBy(j => j.ReportId).Take(Limit).ToList();
        var ids = moves.Select(m => m.ReportId).ToList();
        var activity = await (await access.VisibleAsync(db.ActivityReports.AsNoTracking(), cancellationToken)).Where(r => ids.Contains(r.Id)).ToListAsync(cancellationToken);
        var progress = await (await access.VisibleAsync(db.ProgressReports.AsNoTracking(), cancellationToken)).Where(r => ids.Contains(r.Id)).ToListAsync(cancellationToken);
        var reports = activity.Concat<ReviewedReport>(progress).ToDictionary(r => r.Id);
        var language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        var codes = await resolutions.FindManyAsync(reports.Values.Select(r => r.ResolutionId).Distinct().ToList(), language, cancellationToken);
        var done = new List<DoneItem>();
        foreach (var move in moves.Where(m => reports.ContainsKey(m.ReportId)))
        {
            var report = reports[move.ReportId];
            var action = await workflow.TransitionLabelAsync(report.Position with { Version = move.DefinitionVersion, State = move.From }, move.Trigger, language, cancellationToken);
            var state = await workflow.DescribeStateAsync(report.Position, language, cancellationToken);
            var title = report is ProgressReport p ? p.Title : ReportTitle.Activity(codes.GetValueOrDefault(report.ResolutionId)?.Code);
            done.Add(new DoneItem(report.Kind, report.Id, title, action, move.At, state.Label));
        }

        return done;
    }
}
