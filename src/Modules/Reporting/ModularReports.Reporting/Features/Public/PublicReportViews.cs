using Microsoft.Extensions.Localization;
using ModularReports.Reporting.Data;
using ModularReports.Reporting.Features.ActivityReports;

namespace ModularReports.Reporting.Features.Public;

/// <summary>
/// A report as its public page shows it, in the reader's language: what the public pages and PDFs read, and what an
/// admin's export of a period lays out for every report, published or not.
/// </summary>
internal sealed class PublicReportViews(
    ReportingDbContext db, IResolutionCatalog resolutions, IConstituentDirectory constituents, IStringLocalizer<ReportingText> text)
{
    /// <summary>Periods read once per scope: an export lays out many reports of one period.</summary>
    private readonly Dictionary<Guid, ReportingPeriod> periods = [];

    public async Task<PublishedReport> ProgressAsync(ProgressReport r, CancellationToken cancellationToken)
    {
        var language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        if (!periods.TryGetValue(r.PeriodId, out var period))
        {
            periods[r.PeriodId] = period = await db.Periods.AsNoTracking().SingleAsync(p => p.Id == r.PeriodId, cancellationToken);
        }
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

    public async Task<PublicActivityReport> ActivityAsync(ActivityReport r, CancellationToken cancellationToken)
    {
        var resolution = await resolutions.FindAsync(r.ResolutionId, CultureInfo.CurrentUICulture.TwoLetterISOLanguageName, cancellationToken);
        var names = await constituents.FindManyAsync(r.MemberIds.Concat(r.CommissionIds).Append(r.ConstituentId).Distinct().ToList(), cancellationToken);
        List<NamedItem> Named(IEnumerable<Guid> ids) => ids.Where(names.ContainsKey).Select(id => new NamedItem(id, names[id].DisplayName)).ToList();
        var code = resolution?.Code ?? string.Empty;
        return new PublicActivityReport(
            r.Id, ReportTitle.Activity(code), r.ResolutionId, code, resolution?.Title ?? string.Empty, names.GetValueOrDefault(r.ConstituentId)?.DisplayName ?? string.Empty,
            r.PeriodFrom, r.PeriodTo, r.GeographicScope, Named(r.MemberIds), Named(r.CommissionIds), r.SecretariatInvolved, r.OtherOrganisations,
            r.Actions.Select(a => new ReportActionView(a.Category, a.Description, a.Status)).ToList(), r.Results, r.Challenges, r.FutureActions, r.PublishedAt);
    }
}
