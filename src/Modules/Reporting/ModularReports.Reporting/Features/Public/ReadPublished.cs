using Microsoft.Extensions.Localization;
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

internal sealed class ReadPublishedHandler(
    ReportingDbContext db, IResolutionCatalog resolutions, IConstituentDirectory constituents, IStringLocalizer<ReportingText> text)
    : IQueryHandler<ReadPublished, PublishedReport>
{
    public async ValueTask<PublishedReport> Handle(ReadPublished query, CancellationToken cancellationToken)
    {
        var r = await db.ProgressReports.AsNoTracking().SingleOrDefaultAsync(p => p.Id == query.Id && p.IsPublic, cancellationToken)
            ?? throw new NotFoundException($"No published progress report with id {query.Id}.");
        var language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        var period = await db.Periods.AsNoTracking().SingleAsync(p => p.Id == r.PeriodId, cancellationToken);
        var resolution = await resolutions.FindAsync(r.ResolutionId, language, cancellationToken);
        var sourceIds = r.Sources.Select(s => s.ConstituentId).Distinct().ToList();
        var names = await constituents.FindManyAsync(r.MemberIds.Concat(r.CommissionIds).Concat(sourceIds).Distinct().ToList(), cancellationToken);
        List<NamedItem> Named(IEnumerable<Guid> ids) =>
            ids.Where(names.ContainsKey).Select(id => new NamedItem(id, names[id].DisplayName)).OrderBy(n => n.Name, StringComparer.CurrentCulture).ToList();
        var members = Named(r.MemberIds);
        var commissions = Named(r.CommissionIds);
        return new PublishedReport(
            r.Id, r.Title, r.ResolutionId, r.ResolutionCode, resolution?.Title ?? string.Empty, period.Name, period.StartsOn, period.EndsOn,
            members, members.Count == 0 ? ReportVocabulary.EmptyListPlaceholder("members", language) : null,
            commissions, commissions.Count == 0 ? ReportVocabulary.EmptyListPlaceholder("commissions", language) : null,
            r.SecretariatInvolved, r.OtherOrganisations, r.ActionCategories, r.Results, r.Challenges, r.FutureActionCategories, r.FutureActions,
            r.ActionsPlanned, r.ImplementationStatus, ReportingText.Status(text, r.ImplementationStatus), r.AdditionalInformation, Named(sourceIds),
            r.PublishedAt);
    }
}
