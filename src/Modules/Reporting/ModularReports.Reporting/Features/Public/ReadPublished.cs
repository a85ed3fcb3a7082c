using ModularReports.Reporting.Data;

namespace ModularReports.Reporting.Features.Public;

internal sealed record NamedItem(Guid Id, string Name);

/// <summary>
/// A published progress report as anyone reads it, in the visitor's language: names in IUCN's display formats, and the
/// vocabularies' placeholders where a list is empty ("No other Members are/have been involved").
/// </summary>
internal sealed record PublishedReport(
    Guid Id, string Title, Guid ResolutionId, string ResolutionCode, string ResolutionTitle, string Period, DateOnly PeriodStartsOn, DateOnly PeriodEndsOn,
    IReadOnlyList<NamedItem> Members, string? MembersPlaceholder, IReadOnlyList<NamedItem> Commissions, string? CommissionsPlaceholder,
    bool? SecretariatInvolved, string? OtherOrganisations, IReadOnlyList<string> ActionCategories, string? Results, string? Challenges,
    IReadOnlyList<string> FutureActionCategories, string? FutureActions, string? ActionsPlanned, string? ImplementationStatus,
    string? ImplementationStatusLabel, string? AdditionalInformation, IReadOnlyList<NamedItem> ContributingOrganisations, DateTime? PublishedAt);

/// <summary>A published progress report; anything not published is "not found", whoever asks.</summary>
internal sealed record ReadPublished(Guid Id) : IQuery<PublishedReport>;

internal sealed class ReadPublishedHandler(ReportingDbContext db, PublicReportViews views) : IQueryHandler<ReadPublished, PublishedReport>
{
    public async ValueTask<PublishedReport> Handle(ReadPublished query, CancellationToken cancellationToken)
    {
        var r = await db.ProgressReports.AsNoTracking().SingleOrDefaultAsync(p => p.Id == query.Id && p.IsPublic, cancellationToken)
            ?? throw new NotFoundException($"No published progress report with id {query.Id}.");
        return await views.ProgressAsync(r, cancellationToken);
    }
}
