using ModularReports.Reporting.Data;
using ModularReports.Reporting.Features.ActivityReports;

namespace ModularReports.Reporting.Features.Public;

/// <summary>An activity report in a public state, as anyone reads it (no people, only organisations).</summary>
internal sealed record PublicActivityReport(
    Guid Id, string Title, Guid ResolutionId, string ResolutionCode, string ResolutionTitle, string Constituent, DateOnly? PeriodFrom, DateOnly? PeriodTo,
    string? GeographicScope, IReadOnlyList<NamedItem> Members, IReadOnlyList<NamedItem> Commissions, bool? SecretariatInvolved, string? OtherOrganisations,
    IReadOnlyList<ReportActionView> Actions, string? Results, string? Challenges, string? FutureActions, DateTime? PublishedAt);

internal sealed record ReadPublicActivity(Guid Id) : IQuery<PublicActivityReport>;

internal sealed class ReadPublicActivityHandler(ReportingDbContext db, IResolutionCatalog resolutions, IConstituentDirectory constituents)
    : IQueryHandler<ReadPublicActivity, PublicActivityReport>
{
    public async ValueTask<PublicActivityReport> Handle(ReadPublicActivity query, CancellationToken cancellationToken)
    {
        var r = await db.ActivityReports.AsNoTracking().SingleOrDefaultAsync(a => a.Id == query.Id && a.IsPublic, cancellationToken)
            ?? throw new NotFoundException($"No public activity report with id {query.Id}.");
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
