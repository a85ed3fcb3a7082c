using ModularReports.BuildingBlocks.Abstractions;
using ModularReports.BuildingBlocks.Persistence;

namespace ModularReports.Reporting.Data;

/// <summary>A reviewer's decision on a report, as the journal recorded it.</summary>
internal sealed record ReviewDecision(Guid ActorUserId, string Decision);

/// <summary>
/// How reports of either kind are read and written. A report read to be acted on is saved with the columns a
/// transition changes and the rows it adds, in one round trip (ADR 15): the hottest write of the system. A report read
/// to be edited is change-tracked and saved against the version its editor read. The reads every request makes are
/// compiled once (ADR 15).
/// </summary>
internal sealed class ReportStore(ReportingDbContext db)
{
    /// <summary>Every property <see cref="ReviewedReport.ApplyTransition"/> may change (a test keeps the two in step).</summary>
    public static readonly string[] TransitionColumns =
    [
        nameof(ReviewedReport.State), nameof(ReviewedReport.UpdatedAt), nameof(ReviewedReport.IsPublic), nameof(ReviewedReport.PublishedAt),
        nameof(ReviewedReport.HiddenFromReviewers), nameof(ReviewedReport.CountsForConsolidation), nameof(ReviewedReport.IsFinished),
        nameof(ReviewedReport.SubmitterUserId), nameof(ReviewedReport.ClaimedByUserId), nameof(ReviewedReport.ClaimedAt),
        nameof(ReviewedReport.StateEnteredAt),
    ];

    /// <summary>The columns taking or letting go of a review step writes.</summary>
    public static readonly string[] ClaimColumns = [nameof(ReviewedReport.ClaimedByUserId), nameof(ReviewedReport.ClaimedAt)];

    private static readonly CompiledQuery<ReportingDbContext, Guid, ActivityReport?> Activity =
        new((db, id, _) => db.ActivityReports.SingleOrDefault(r => r.Id == id));

    private static readonly CompiledQuery<ReportingDbContext, Guid, ActivityReport?> ActivityToActOn =
        new((db, id, _) => db.ActivityReports.AsNoTracking().SingleOrDefault(r => r.Id == id));

    private static readonly CompiledQuery<ReportingDbContext, Guid, ProgressReport?> Progress =
        new((db, id, _) => db.ProgressReports.SingleOrDefault(r => r.Id == id));

    private static readonly CompiledQuery<ReportingDbContext, Guid, ProgressReport?> ProgressToActOn =
        new((db, id, _) => db.ProgressReports.AsNoTracking().SingleOrDefault(r => r.Id == id));

    private static readonly CompiledQuery<ReportingDbContext, Guid, int> Submissions =
        new((db, id, _) => db.SubmittedVersions.Count(v => v.ReportId == id));

    /// <summary>A report to read or edit (<see cref="SaveEditAsync"/>), or null.</summary>
    public async Task<ReviewedReport?> FindAsync(string kind, Guid id, CancellationToken cancellationToken) => kind switch
    {
        ReportKinds.Activity => await Activity.ExecuteAsync(db, id, cancellationToken),
        ReportKinds.Progress => await Progress.ExecuteAsync(db, id, cancellationToken),
        _ => null,
    };

    /// <summary>A report to act on (<see cref="SaveTransitionAsync"/>), or null.</summary>
    public async Task<ReviewedReport?> FindToActOnAsync(string kind, Guid id, CancellationToken cancellationToken) => kind switch
    {
        ReportKinds.Activity => await ActivityToActOn.ExecuteAsync(db, id, cancellationToken),
        ReportKinds.Progress => await ProgressToActOn.ExecuteAsync(db, id, cancellationToken),
        _ => null,
    };

    /// <summary>The number the next submitted version of a report takes.</summary>
    public async Task<int> NextSubmissionAsync(Guid reportId, CancellationToken cancellationToken) =>
        await Submissions.ExecuteAsync(db, reportId, cancellationToken) + 1;

    /// <summary>The reviewers' decisions recorded in the journal since the report's last submission, oldest first.</summary>
    public async Task<IReadOnlyList<ReviewDecision>> DecisionsSinceLastSubmissionAsync(Guid reportId, CancellationToken cancellationToken)
    {
        var submitted = await db.SubmittedVersions.AsNoTracking().Where(v => v.ReportId == reportId).MaxAsync(v => (DateTime?)v.SubmittedAt, cancellationToken);
        return await db.Journal.AsNoTracking()
            .Where(j => j.ReportId == reportId && j.Decision != null && j.ActorUserId != null && (submitted == null || j.At >= submitted))
            .OrderBy(j => j.At).Select(j => new ReviewDecision(j.ActorUserId!.Value, j.Decision!)).ToListAsync(cancellationToken);
    }

    /// <summary>The authors and co-authors of the activity reports consolidated into a progress report.</summary>
    public async Task<IReadOnlyList<Guid>> ContributorsAsync(ReviewedReport report, CancellationToken cancellationToken)
    {
        if (report is not ProgressReport { Sources.Count: > 0 } progress)
        {
            return [];
        }

        var sources = progress.Sources.Select(s => s.ReportId).ToList();
        var authors = await db.ActivityReports.AsNoTracking().Where(r => sources.Contains(r.Id))
            .Select(r => new { r.AuthorUserId, r.CoAuthorIds }).ToListAsync(cancellationToken);
        return authors.SelectMany(a => a.CoAuthorIds.Prepend(a.AuthorUserId)).Distinct().ToList();
    }

    /// <summary>An organisation's latest report on a resolution in a state that counts (accepted, in the shipped definition).</summary>
    public Task<ActivityReport?> LatestCountedAsync(Guid resolutionId, Guid constituentId, CancellationToken cancellationToken) =>
        db.ActivityReports.AsNoTracking()
            .Where(r => r.ResolutionId == resolutionId && r.ConstituentId == constituentId && r.CountsForConsolidation)
            .OrderByDescending(r => r.PeriodTo).ThenByDescending(r => r.UpdatedAt)
            .FirstOrDefaultAsync(cancellationToken);

    public void Add(ReviewedReport report) => db.Add(report);

    public void Add(JournalEntry entry) => db.Journal.Add(entry);

    public void Add(SubmittedVersion version) => db.SubmittedVersions.Add(version);

    /// <summary>An integration event, sent through the outbox when the report is saved.</summary>
    public void Publish<TEvent>(TEvent integrationEvent)
        where TEvent : class, IIntegrationEvent => db.Publish(integrationEvent);

    /// <summary>
    /// Saves a transition of a report read with <see cref="FindToActOnAsync"/>, with the journal, submitted version and
    /// events added. A report that moved on since it was read saves nothing and fails with a concurrency error, which the
    /// command pipeline retries once.
    /// </summary>
    public Task SaveTransitionAsync(ReviewedReport report, CancellationToken cancellationToken) =>
        db.SaveUntrackedAsync(report, TransitionColumns, cancellationToken);

    /// <summary>Saves a review step taken, given or let go, with its journal entry, under the same concurrency rule.</summary>
    public Task SaveClaimAsync(ReviewedReport report, CancellationToken cancellationToken) =>
        db.SaveUntrackedAsync(report, ClaimColumns, cancellationToken);

    /// <summary>Saves an edit of a report read with <see cref="FindAsync"/>, refused as a conflict if it moved past <paramref name="basedOn"/>.</summary>
    public async Task SaveEditAsync(ReviewedReport report, int basedOn, CancellationToken cancellationToken)
    {
        db.Entry(report).Property(r => r.Version).OriginalValue = basedOn;
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Saves what was added or changed on tracked reports.</summary>
    public Task SaveAsync(CancellationToken cancellationToken) => db.SaveChangesAsync(cancellationToken);
}
