using Microsoft.Extensions.Localization;
using ModularReports.Reporting.Data;
using ModularReports.Reporting.Data.PublicSearch;
using ModularReports.Reporting.Features.Public;

namespace ModularReports.Reporting.Features.Exports;

/// <summary>A published progress report as a row of an export: every value as the reader reads it, names and all.</summary>
internal sealed record ExportedReport(
    ProgressReport Report, string ResolutionTitle, string Period, IReadOnlyList<string> Members, IReadOnlyList<string> Commissions, Uri Link);

/// <summary>
/// The reports a published-report search selects, newest first, up to <see cref="MaxRows"/>, read in batches so that an
/// export streams: only a batch is held at a time, whatever the number of rows.
/// </summary>
internal sealed class PublishedReportRows(ReportingDbContext db, IResolutionCatalog resolutions, IConstituentDirectory constituents, PublicUrls urls)
{
    public const int MaxRows = 10_000;

    private const int Batch = 500;

    public async IAsyncEnumerable<ExportedReport> ReadAsync(
        SearchPublished query, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        var selection = SearchSelection.Of(db, SearchArguments.Of(query, db, await constituents.MembersAsync(query, cancellationToken)));
        for (var skip = 0; skip < MaxRows; skip += Batch)
        {
            var rows = await selection.Ordered().Skip(skip).Take(Batch)
                .Join(db.Periods, r => r.PeriodId, p => p.Id, (r, p) => new { Report = r, Period = p.Name })
                .ToListAsync(cancellationToken);
            var titles = await resolutions.FindManyAsync(rows.Select(x => x.Report.ResolutionId).Distinct().ToList(), language, cancellationToken);
            var names = await constituents.FindManyAsync(
                rows.SelectMany(x => x.Report.MemberIds.Concat(x.Report.CommissionIds)).Distinct().ToList(), cancellationToken);
            List<string> Named(IEnumerable<Guid> ids) => ids.Where(names.ContainsKey).Select(id => names[id].DisplayName).Order(StringComparer.CurrentCulture).ToList();
            foreach (var row in rows)
            {
                yield return new ExportedReport(
                    row.Report, titles.GetValueOrDefault(row.Report.ResolutionId)?.Title ?? string.Empty, row.Period, Named(row.Report.MemberIds),
                    Named(row.Report.CommissionIds), urls.Absolute($"/reports/{row.Report.Id}"));
            }

            if (rows.Count < Batch)
            {
                break;
            }
        }
    }
}

/// <summary>
/// The columns of an export of published progress reports, in the reader's language: one per field of the form, the
/// Members and Commissions by name, each action category as a column of its own, and the link back to the page.
/// </summary>
internal sealed class PublishedReportColumns(IStringLocalizer<ReportingText> text)
{
    public IReadOnlyList<ExportColumn<ExportedReport>> All() =>
    [
        new(text["Report"], 34, r => r.Report.Title),
        new(text["Resolution"], 18, r => r.Report.ResolutionCode),
        new(text["Column_ResolutionTitle"], 50, r => r.ResolutionTitle),
        new(text["Period"], 14, r => r.Period),
        new(text["StatusOfImplementation"], 28, r => ReportingText.Status(text, r.Report.ImplementationStatus) ?? string.Empty),
        new(text["IucnMembers"], 40, r => string.Join("; ", r.Members)),
        new(text["IucnCommissions"], 40, r => string.Join("; ", r.Commissions)),
        new(text["IucnSecretariat"], 12, r => ReportingText.YesNo(text, r.Report.SecretariatInvolved, string.Empty)),
        new(text["OtherOrganisations"], 30, r => r.Report.OtherOrganisations ?? string.Empty),
        .. ReportVocabulary.ActionCategories.Select(category => new ExportColumn<ExportedReport>(
            ReportingText.Category(text, category), 16, r => r.Report.ActionCategories.Contains(category) ? text["Answer_Yes"] : string.Empty)),
        new(text["Column_Results"], 60, r => ReportMarkup.Plain(r.Report.Results)),
        new(text["Column_Challenges"], 60, r => ReportMarkup.Plain(r.Report.Challenges)),
        new(text["Column_FutureCategories"], 30, r => string.Join("; ", r.Report.FutureActionCategories.Select(c => ReportingText.Category(text, c)))),
        new(text["Column_FutureActions"], 60, r => ReportMarkup.Plain(r.Report.FutureActions)),
        new(text["ActionsPlanned"], 14, r => r.Report.ActionsPlanned is null ? string.Empty : ReportingText.Answer(text, r.Report.ActionsPlanned)),
        new(text["Section_Additional"], 50, r => ReportMarkup.Plain(r.Report.AdditionalInformation)),
        ExportColumn<ExportedReport>.OfDate(text["Published"], r => r.Report.PublishedAt is { } at ? DateOnly.FromDateTime(at) : null),
        new(text["Column_Link"], 40, r => r.Link.ToString(), IsLink: true),
    ];
}
