using ModularReports.Reporting.Data;

namespace ModularReports.Reporting.Features.Review;

/// <summary>A journal entry; <paramref name="Decision"/> is the reviewer's decision it records, if any.</summary>
internal sealed record JournalLine(
    DateTime At, Guid? ActorUserId, string From, string To, string Trigger, string? Comment, int DefinitionVersion, string? Decision,
    Guid? AssigneeUserId = null)
{
    /// <summary>A move of the workflow, not a migration or a review step taken in hand (<see cref="JournalEntry.IsMoveTrigger"/>).</summary>
    public bool IsMove => JournalEntry.IsMoveTrigger(Trigger);
}

/// <summary>Who did what and when on a report of either kind.</summary>
internal sealed record ReadJournal(string Kind, Guid Id) : IQuery<IReadOnlyList<JournalLine>>;

internal sealed record VersionLine(int Number, DateTime SubmittedAt, Guid SubmittedBy);

/// <summary>The submitted versions of a report of either kind, each kept unchanged.</summary>
internal sealed record ListVersions(string Kind, Guid Id) : IQuery<IReadOnlyList<VersionLine>>;

internal sealed class ReviewRecordQueries(ReportingDbContext db, ReportLoader loader)
    : IQueryHandler<ReadJournal, IReadOnlyList<JournalLine>>, IQueryHandler<ListVersions, IReadOnlyList<VersionLine>>
{
    public async ValueTask<IReadOnlyList<JournalLine>> Handle(ReadJournal query, CancellationToken cancellationToken)
    {
        await loader.LoadAsync(query.Kind, query.Id, cancellationToken);
        return await JournalAsync(db, query.Id, cancellationToken);
    }

    public async ValueTask<IReadOnlyList<VersionLine>> Handle(ListVersions query, CancellationToken cancellationToken)
    {
        await loader.LoadAsync(query.Kind, query.Id, cancellationToken);
        return await VersionsAsync(db, query.Id, cancellationToken);
    }

    /// <summary>The journal itself, for callers that have already checked the report may be read.</summary>
    public static async Task<IReadOnlyList<JournalLine>> JournalAsync(ReportingDbContext db, Guid reportId, CancellationToken cancellationToken) =>
        await db.Journal.AsNoTracking().Where(j => j.ReportId == reportId).OrderBy(j => j.At)
            .Select(j => new JournalLine(j.At, j.ActorUserId, j.From, j.To, j.Trigger, j.Comment, j.DefinitionVersion, j.Decision, j.AssigneeUserId)).ToListAsync(cancellationToken);

    /// <summary>The submitted versions, for callers that have already checked the report may be read.</summary>
    public static async Task<IReadOnlyList<VersionLine>> VersionsAsync(ReportingDbContext db, Guid reportId, CancellationToken cancellationToken) =>
        await db.SubmittedVersions.AsNoTracking().Where(v => v.ReportId == reportId).OrderBy(v => v.Number)
            .Select(v => new VersionLine(v.Number, v.SubmittedAt, v.SubmittedBy)).ToListAsync(cancellationToken);
}
