using CsvHelper.Configuration;
using CsvHelper;
using ModularReports.Reporting.Data.PublicSearch;
using ModularReports.Reporting.Data;

namespace ModularReports.Reporting.Features.Public;

/// <summary>
/// The public search's result as CSV (UTF-8 with a byte order mark so spreadsheet programs keep the accents), one row
/// per published report with every section, up to <see cref="MaxRows"/> rows. Written in batches as it is read.
/// </summary>
internal sealed class ExportPublished(ReportingDbContext db, IResolutionCatalog resolutions, IConstituentDirectory constituents, PublicUrls urls)
{
    public const int MaxRows = 10_000;

    private const int Batch = 500;

    public async Task WriteAsync(SearchPublished query, Stream output, CancellationToken cancellationToken)
    {
        await using var writer = new StreamWriter(output, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true);
        // Text people typed must not run as a formula in a spreadsheet (=, +, -, @ at the start are escaped).
        await using var csv = new CsvWriter(writer, new CsvConfiguration(CultureInfo.InvariantCulture) { InjectionOptions = InjectionOptions.Escape });
        foreach (var header in new[]
        {
            "Title", "Resolution", "Resolution title", "Period", "Status of implementation", "Actions carried out", "Results/achievements",
            "Challenges/obstacles", "Future actions", "Actions planned", "IUCN Secretariat", "Other non-IUCN related organisations",
            "Additional information", "Published", "Link",
        })
        {
            csv.WriteField(header);
        }

        await csv.NextRecordAsync();
        var language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        var selection = SearchSelection.Of(db, SearchArguments.Of(query, db, await constituents.MembersAsync(query, cancellationToken)));
        for (var skip = 0; skip < MaxRows; skip += Batch)
        {
            var rows = await selection.Ordered().Skip(skip).Take(Batch)
                .Join(db.Periods, r => r.PeriodId, p => p.Id, (r, p) => new { r, Period = p.Name })
                .ToListAsync(cancellationToken);
            var titles = await resolutions.FindManyAsync(rows.Select(x => x.r.ResolutionId).Distinct().ToList(), language, cancellationToken);
            foreach (var (r, period) in rows.Select(x => (x.r, x.Period)))
            {
                csv.WriteField(r.Title);
                csv.WriteField(r.ResolutionCode);
                csv.WriteField(titles.GetValueOrDefault(r.ResolutionId)?.Title ?? string.Empty);
                csv.WriteField(period);
                csv.WriteField(ReportVocabulary.StatusLabel(r.ImplementationStatus) ?? string.Empty);
                csv.WriteField(string.Join("; ", r.ActionCategories));
                csv.WriteField(ReportMarkup.Plain(r.Results));
                csv.WriteField(ReportMarkup.Plain(r.Challenges));
                csv.WriteField(ReportMarkup.Plain(r.FutureActions));
                csv.WriteField(r.ActionsPlanned ?? string.Empty);
                csv.WriteField(r.SecretariatInvolved switch { true => "Yes", false => "No", null => string.Empty });
                csv.WriteField(r.OtherOrganisations ?? string.Empty);
                csv.WriteField(ReportMarkup.Plain(r.AdditionalInformation));
                csv.WriteField(r.PublishedAt?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty);
                csv.WriteField(urls.Absolute($"/reports/{r.Id}").ToString());
                await csv.NextRecordAsync();
            }

            await csv.FlushAsync();
            if (rows.Count < Batch)
            {
                break;
            }
        }
    }
}
