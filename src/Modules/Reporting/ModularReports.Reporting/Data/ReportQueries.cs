using Microsoft.EntityFrameworkCore;
using ModularReports.BuildingBlocks.Persistence;
using ModularReports.Reporting.Domain;

namespace ModularReports.Reporting.Data;

/// <summary>The reads every action on a report makes, compiled once (ADR 20).</summary>
internal static class ReportQueries
{
    public static readonly CompiledQuery<ReportingDbContext, Guid, ActivityReport?> Activity =
        new((db, id, _) => db.ActivityReports.SingleOrDefault(r => r.Id == id));

    /// <summary>For a change saved with <see cref="Features.Review.ReportReview.SaveAsync"/>.</summary>
    public static readonly CompiledQuery<ReportingDbContext, Guid, ActivityReport?> ActivityUntracked =
        new((db, id, _) => db.ActivityReports.AsNoTracking().SingleOrDefault(r => r.Id == id));

    public static readonly CompiledQuery<ReportingDbContext, Guid, ProgressReport?> Progress =
        new((db, id, _) => db.ProgressReports.SingleOrDefault(r => r.Id == id));

    /// <summary>For a change saved with <see cref="Features.Review.ReportReview.SaveAsync"/>.</summary>
    public static readonly CompiledQuery<ReportingDbContext, Guid, ProgressReport?> ProgressUntracked =
        new((db, id, _) => db.ProgressReports.AsNoTracking().SingleOrDefault(r => r.Id == id));

    /// <summary>How many versions of a report were submitted so far: the next one's number is one more.</summary>
    public static readonly CompiledQuery<ReportingDbContext, Guid, int> Submissions =
        new((db, id, _) => db.SubmittedVersions.Count(v => v.ReportId == id));
}
