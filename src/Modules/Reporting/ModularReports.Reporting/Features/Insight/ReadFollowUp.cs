using ModularReports.Reporting.Data;
using ModularReports.Reporting.Features.Periods;
using ModularReports.Reporting.Features.Review;

namespace ModularReports.Reporting.Features.Insight;

/// <summary>
/// A resolution a focal point follows up, for one period: its latest published status, its progress report for the
/// period (state, due date, whether late), and its activity reports waiting for review (and how many are overdue).
/// </summary>
internal sealed record FollowedResolution(
    Guid ResolutionId, string Code, string Title, ResolutionImplementationRef? Status, Guid? ProgressReportId, string? ProgressState,
    DeadlineStatus ProgressDeadline, int Waiting, int OverdueReviews);

/// <summary>Organisations that reported on a resolution in an earlier period but have nothing submitted for this one.</summary>
internal sealed record MissingReporters(Guid ResolutionId, string Code, IReadOnlyList<string> Organisations);

/// <summary>How long review took for a resolution's activity reports of the period: from arriving in review to the decision.</summary>
internal sealed record ReviewTurnaround(Guid ResolutionId, string Code, int Decisions, double MedianDays, double LongestDays);

internal sealed record FollowUp(
    PeriodView? Period, IReadOnlyList<PeriodView> Periods, IReadOnlyList<FollowedResolution> Resolutions, IReadOnlyList<MissingReporters> NotReportedYet,
    IReadOnlyList<ReviewTurnaround> Turnaround);

/// <summary>
/// What a focal point follows up (an admin: every resolution), for a period: by default the one whose progress reports
/// are due next.
/// </summary>
internal sealed record ReadFollowUp(Guid? PeriodId) : IQuery<FollowUp>;

internal sealed class ReadFollowUpHandler(
    ReportingDbContext db, ReportAccess access, IFocalPointDirectory focalPoints, IResolutionCatalog catalogue, IResolutionImplementation implementation,
    IConstituentDirectory constituents, IWorkflowRuntime workflow, IMediator mediator, TimeProvider clock)
    : IQueryHandler<ReadFollowUp, FollowUp>
{
    public async ValueTask<FollowUp> Handle(ReadFollowUp query, CancellationToken cancellationToken)
    {
        var me = await access.UserAsync(cancellationToken);
        var periods = await mediator.Send(new ListPeriods(), cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(now);
        var period = query.PeriodId is { } chosen
            ? periods.SingleOrDefault(p => p.Id == chosen) ?? throw new NotFoundException($"No reporting period {chosen}.")
            : periods.Where(p => p.DueOn >= today).MinBy(p => p.DueOn) ?? periods.FirstOrDefault();
        if (me is not { IsActive: true } || period is null)
        {
            return new FollowUp(period, periods, [], [], []);
        }

        var language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        var all = await catalogue.AllAsync(language, cancellationToken);
        var assigned = (await focalPoints.ResolutionsOfAsync(me.Id, cancellationToken)).ToHashSet();
        var mine = me.Roles.Contains(Roles.Admin) ? all.Where(r => r.Status != "Archived").ToList() : all.Where(r => assigned.Contains(r.Id)).ToList();
        var ids = mine.Select(r => r.Id).ToList();
        var statuses = await implementation.LatestAsync(ids, cancellationToken);
        var progress = (await db.ProgressReports.AsNoTracking().Where(r => ids.Contains(r.ResolutionId) && r.PeriodId == period.Id)
            .Select(r => new { r.Id, r.ResolutionId, r.DefinitionKey, r.DefinitionVersion, r.State }).ToListAsync(cancellationToken))
            .DistinctBy(r => r.ResolutionId).ToDictionary(r => r.ResolutionId);
        var open = await db.ActivityReports.AsNoTracking().Where(r => ids.Contains(r.ResolutionId) && !r.IsFinished && !r.HiddenFromReviewers)
            .Select(r => new { r.ResolutionId, r.DefinitionKey, r.DefinitionVersion, r.State, r.StateEnteredAt, r.UpdatedAt }).ToListAsync(cancellationToken);

        var waiting = new Dictionary<Guid, (int Waiting, int Overdue)>();
        foreach (var report in open)
        {
            var state = await workflow.DescribeStateAsync(new WorkflowPosition(report.DefinitionKey, report.DefinitionVersion, report.State), language, cancellationToken);
            if (state.EditableBy.Count == 0)
            {
                var overdue = Deadline.OfReview(Deadline.ReviewDue(report.StateEnteredAt ?? report.UpdatedAt, state.DueAfter), now) == DeadlineStatus.Overdue;
                var (count, late) = waiting.GetValueOrDefault(report.ResolutionId);
                waiting[report.ResolutionId] = (count + 1, late + (overdue ? 1 : 0));
            }
        }

        var followed = new List<FollowedResolution>();
        foreach (var resolution in mine)
        {
            var report = progress.GetValueOrDefault(resolution.Id);
            var state = report is null ? null
                : await workflow.DescribeStateAsync(new WorkflowPosition(report.DefinitionKey, report.DefinitionVersion, report.State), language, cancellationToken);
            followed.Add(new FollowedResolution(
                resolution.Id, resolution.Code, resolution.Title, statuses.GetValueOrDefault(resolution.Id), report?.Id, state?.Label,
                Deadline.Of(period.DueOn, period.RemindDaysBefore, state is null || state.EditableBy.Count > 0, today),
                waiting.GetValueOrDefault(resolution.Id).Waiting, waiting.GetValueOrDefault(resolution.Id).Overdue));
        }

        var codes = mine.ToDictionary(r => r.Id, r => r.Code);
        return new FollowUp(
            period, periods, followed, await MissingAsync(codes, period, cancellationToken), await TurnaroundAsync(codes, period, cancellationToken));
    }

    /// <summary>
    /// Per resolution, the organisations with an activity report (submitted at least) for an earlier period and none
    /// for this one (its dates reaching into the period, as <see cref="ActivityReport.Covering"/> says).
    /// </summary>
    private async Task<IReadOnlyList<MissingReporters>> MissingAsync(Dictionary<Guid, string> codes, PeriodView period, CancellationToken cancellationToken)
    {
        var ids = codes.Keys.ToList();
        var submitted = db.ActivityReports.AsNoTracking().Where(r => ids.Contains(r.ResolutionId) && !r.HiddenFromReviewers);
        var earlier = await submitted.Where(r => r.PeriodTo < period.StartsOn).Select(r => new { r.ResolutionId, r.ConstituentId }).Distinct()
            .ToListAsync(cancellationToken);
        var current = (await submitted.Where(ActivityReport.Covering(period.StartsOn, period.EndsOn)).Select(r => new { r.ResolutionId, r.ConstituentId })
            .Distinct().ToListAsync(cancellationToken)).ToHashSet();
        var missing = earlier.Where(e => !current.Contains(e)).GroupBy(e => e.ResolutionId, e => e.ConstituentId).ToList();
        var names = await constituents.FindManyAsync(missing.SelectMany(m => m).Distinct().ToList(), cancellationToken);
        return missing
            .Select(m => new MissingReporters(
                m.Key, codes[m.Key],
                m.Select(id => names.GetValueOrDefault(id)?.DisplayName ?? string.Empty).Order(StringComparer.CurrentCulture).ToList()))
            .OrderBy(m => m.Code, StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// For each decision on an activity report of the period (<see cref="ActivityReport.Covering"/>): the time since
    /// the report arrived in the state the decision left.
    /// </summary>
    private async Task<IReadOnlyList<ReviewTurnaround>> TurnaroundAsync(Dictionary<Guid, string> codes, PeriodView period, CancellationToken cancellationToken)
    {
        var ids = codes.Keys.ToList();
        var reports = db.ActivityReports.Where(r => ids.Contains(r.ResolutionId)).Where(ActivityReport.Covering(period.StartsOn, period.EndsOn));
        var journal = await db.Journal.AsNoTracking().Where(j => !JournalWords.All.Contains(j.Trigger))
            .Join(reports, j => j.ReportId, r => r.Id, (j, r) => new { r.ResolutionId, j.ReportId, j.At, j.From, j.To, j.Decision })
            .ToListAsync(cancellationToken);
        var days = new List<(Guid ResolutionId, double Days)>();
        foreach (var report in journal.GroupBy(j => j.ReportId))
        {
            var moves = report.OrderBy(j => j.At).ToList();
            foreach (var decision in moves.Where(j => j.Decision is not null))
            {
                if (moves.LastOrDefault(j => j.To == decision.From && j.At <= decision.At && j != decision) is { } arrived)
                {
                    days.Add((decision.ResolutionId, (decision.At - arrived.At).TotalDays));
                }
            }
        }

        return days.GroupBy(d => d.ResolutionId)
            .Select(g =>
            {
                var sorted = g.Select(d => d.Days).Order().ToList();
                var median = sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
                return new ReviewTurnaround(g.Key, codes[g.Key], sorted.Count, median, sorted[^1]);
            })
            .OrderBy(t => t.Code, StringComparer.Ordinal).ToList();
    }
}
