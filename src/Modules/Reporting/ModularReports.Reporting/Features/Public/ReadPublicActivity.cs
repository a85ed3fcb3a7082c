using ModularReports.Reporting.Data;
using ModularReports.Reporting.Features.ActivityReports;

namespace ModularReports.Reporting.Features.Public;

/// <summary>An activity report in a public state, as anyone reads it (no people, only organisations).</summary>
internal sealed record PublicActivityReport(
    Guid Id, string Title, Guid ResolutionId, string ResolutionCode, string ResolutionTitle, string Constituent, DateOnly? PeriodFrom, DateOnly? PeriodTo,
    string? GeographicScope, IReadOnlyList<NamedItem> Members, IReadOnlyList<NamedItem> Commissions, bool? SecretariatInvolved, string? OtherOrganisations,
    IReadOnlyList<ReportActionView> Actions, string? Results, string? Challenges, string? FutureActions, DateTime? PublishedAt);

internal sealed record ReadPublicActivity(Guid Id) : IQuery<PublicActivityReport>;

internal sealed class ReadPublicActivityHandler(ReportingDbContext db, PublicReportViews views) : IQueryHandler<ReadPublicActivity, PublicActivityReport>
{
    public async ValueTask<PublicActivityReport> Handle(ReadPublicActivity query, CancellationToken cancellationToken)
    {
        var r = await db.ActivityReports.AsNoTracking().SingleOrDefaultAsync(a => a.Id == query.Id && a.IsPublic, cancellationToken)
            ?? throw new NotFoundException($"No public activity report with id {query.Id}.");
        return await views.ActivityAsync(r, cancellationToken);
    }
}
