using System.Globalization;
using System.Text.RegularExpressions;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using ModularReports.Constituencies.Contracts;
using ModularReports.Reporting.Data;
using ModularReports.Reporting.Domain;

namespace ModularReports.Reporting.Features.Public;

internal sealed record PublishedSummary(
    Guid Id, string Title, Guid ResolutionId, string ResolutionCode, string ResolutionTitle, Guid PeriodId, string Period, string? ImplementationStatus,
    string? ImplementationStatusLabel, IReadOnlyList<string> ActionCategories, DateTime? PublishedAt);

/// <summary>
/// A page of results. <see cref="Total"/> is exact up to <see cref="SearchPublishedHandler.CountLimit"/>; beyond that
/// <see cref="TotalIsLowerBound"/> is true ("more than 1,000"), so counting never reads every match of a broad search.
/// </summary>
internal sealed record PublishedPage(IReadOnlyList<PublishedSummary> Items, int Page, int PageSize, int Total, bool TotalIsLowerBound);

/// <summary>
/// The public search over published progress reports: by congress (e.g. <c>WCC 2020</c>), resolution, status of
/// implementation, action category, constituent involved, period and free text (every word must occur); newest first.
/// Only reports in a public state are ever read here.
/// </summary>
internal sealed record SearchPublished(
    string? Congress, Guid? ResolutionId, string? Status, string? Category, Guid? ConstituentId, Guid? PeriodId, string? Q, int Page = 1, int PageSize = 20)
    : IQuery<PublishedPage>;

internal sealed class SearchPublishedValidator : AbstractValidator<SearchPublished>
{
    public SearchPublishedValidator()
    {
        RuleFor(q => q.Page).InclusiveBetween(1, 10_000);
        RuleFor(q => q.PageSize).InclusiveBetween(1, 100);
        RuleFor(q => q.Q).MaximumLength(200);
        RuleFor(q => q.Congress).MaximumLength(40);
        RuleFor(q => q.Status).Must(s => ReportVocabulary.ImplementationStatuses.Any(v => v.Code == s)).When(q => !string.IsNullOrEmpty(q.Status))
            .WithMessage($"Use one of: {string.Join(", ", ReportVocabulary.ImplementationStatuses.Select(s => s.Code))}.");
        RuleFor(q => q.Category).Must(c => ReportVocabulary.ActionCategories.Contains(c!)).When(q => !string.IsNullOrEmpty(q.Category))
            .WithMessage($"Use one of: {string.Join("; ", ReportVocabulary.ActionCategories)}.");
    }
}

/// <summary>
/// What a search selects: the filtered reports and, for words on SQLite, the full-text matches that drive the reading
/// order (publication order, the index's own), so a page of a broad word reads a page's worth of matches, not all.
/// </summary>
internal sealed record SearchSelection(IQueryable<ProgressReport> Reports, IQueryable<ProgressSearchRow>? Matches, bool OnlyWords = false)
{
    /// <summary>Newest first; ties by id, in the same direction as the indexes.</summary>
    public IQueryable<ProgressReport> Ordered() => Matches is null
        ? Reports.OrderByDescending(r => r.PublishedAt).ThenByDescending(r => r.Id)
        : Matched(Matches).OrderByDescending(x => x.Sequence).Select(x => x.Report);

    /// <summary>
    /// The matching ids, for counting. Words alone are counted in the full-text table, which holds public reports only:
    /// a broad word then reads a thousand index entries instead of a thousand reports.
    /// </summary>
    public IQueryable<Guid> Ids() => Matches is null ? Reports.Select(r => r.Id)
        : OnlyWords ? Matches.Select(m => m.ReportId)
        : Matched(Matches).Select(x => x.Report.Id);

    private IQueryable<RankedReport> Matched(IQueryable<ProgressSearchRow> matches) =>
        matches.Join(Reports, m => m.ReportId, r => r.Id, (m, r) => new RankedReport { Sequence = m.Sequence, Report = r });
}

/// <summary>A report with its place in the full-text index's publication order.</summary>
internal sealed class RankedReport
{
    public long Sequence { get; init; }

    public required ProgressReport Report { get; init; }
}

internal sealed partial class SearchPublishedHandler(ReportingDbContext db, IResolutionCatalog resolutions) : IQueryHandler<SearchPublished, PublishedPage>
{
    public const int CountLimit = 1_000;

    public async ValueTask<PublishedPage> Handle(SearchPublished query, CancellationToken cancellationToken)
    {
        var selection = Select(db, query);
        var rows = await selection.Ordered()
            .Skip((query.Page - 1) * query.PageSize).Take(query.PageSize)
            .Join(db.Periods, r => r.PeriodId, p => p.Id, (r, p) => new
            {
                r.Id, r.ResolutionId, r.ResolutionCode, r.PeriodId, Period = p.Name, r.ImplementationStatus, r.ActionCategories, r.PublishedAt,
            })
            .ToListAsync(cancellationToken);
        // A short page is the last one, and so tells the total; otherwise count ids (not whole rows), which the
        // database answers from its indexes without reading the reports' text.
        var skipped = (query.Page - 1) * query.PageSize;
        var total = rows.Count < query.PageSize && (rows.Count > 0 || query.Page == 1)
            ? skipped + rows.Count
            : await selection.Ids().Take(CountLimit + 1).CountAsync(cancellationToken);
        var titles = await resolutions.FindManyAsync(
            rows.Select(r => r.ResolutionId).Distinct().ToList(), CultureInfo.CurrentUICulture.TwoLetterISOLanguageName, cancellationToken);
        var items = rows.Select(r => new PublishedSummary(
            r.Id, ReportTitle.Progress(r.ResolutionCode), r.ResolutionId, r.ResolutionCode, titles.GetValueOrDefault(r.ResolutionId)?.Title ?? string.Empty,
            r.PeriodId, r.Period, r.ImplementationStatus, ReportVocabulary.StatusLabel(r.ImplementationStatus), r.ActionCategories, r.PublishedAt)).ToList();
        return new PublishedPage(items, query.Page, query.PageSize, Math.Min(total, CountLimit), total > CountLimit);
    }

    /// <summary>The published reports matching the query (also what the CSV export writes).</summary>
    public static SearchSelection Select(ReportingDbContext db, SearchPublished query)
    {
        // "IsPublic = @yes", not the bare column: only an equality lets SQLite read the publication-ordered indexes in
        // order (with the bare column it scans every report and sorts).
        var yes = true;
        var published = db.ProgressReports.AsNoTracking().Where(r => r.IsPublic == yes);
        var reports = published;
        if (!string.IsNullOrWhiteSpace(query.Congress))
        {
            var prefix = query.Congress.Trim().Replace('-', ' ').ToUpperInvariant() + " ";
            reports = reports.Where(r => r.ResolutionCode.StartsWith(prefix));
        }

        if (query.ResolutionId is { } resolution)
        {
            reports = reports.Where(r => r.ResolutionId == resolution);
        }

        if (!string.IsNullOrWhiteSpace(query.Status))
        {
            reports = reports.Where(r => r.ImplementationStatus == query.Status);
        }

        if (!string.IsNullOrWhiteSpace(query.Category))
        {
            var bit = ReportVocabulary.CategoryBit(query.Category);
            reports = reports.Where(r => (r.CategoryMask & bit) != 0);
        }

        if (query.ConstituentId is { } constituent)
        {
            reports = reports.Where(r => r.InvolvedConstituentIds.Contains(constituent));
        }

        if (query.PeriodId is { } period)
        {
            reports = reports.Where(r => r.PeriodId == period);
        }

        // A resolution code in the text ("WCC-2016-Res-008") means that resolution, not four words found everywhere.
        var text = SearchNormalizer.Normalize(query.Q);
        foreach (var match in ResolutionCodePattern().Matches(text).ToList())
        {
            var code = $"WCC {match.Groups["year"].Value} {(match.Groups["kind"].Value == "REC" ? "Rec" : "Res")} {int.Parse(match.Groups["number"].Value, CultureInfo.InvariantCulture):000}";
            reports = reports.Where(r => r.ResolutionCode == code);
            text = text.Replace(match.Value, " ", StringComparison.Ordinal);
        }

        // Every other word must occur, as the beginning of a word ("mangrove" finds "mangroves", "ape" does not find
        // "landscape"). SQLite: one full-text query over the word index intersects the words inside the engine and,
        // read in the index's (publication) order, stops once the page and the count limit are full. PostgreSQL: a
        // word-start regular expression, which its trigram index serves. SQL Server: anywhere in the text.
        var words = WordPattern().Matches(text).Select(m => m.Value).Distinct().Take(8).ToList();
        IQueryable<ProgressSearchRow>? matches = null;
        if (words.Count == 0)
        {
            return new SearchSelection(reports, matches);
        }

        var provider = db.Database.ProviderName ?? string.Empty;
        if (provider.Contains("Sqlite", StringComparison.Ordinal))
        {
            var expression = string.Join(" AND ", words.Select(w => $"\"{w}\"*"));
            matches = db.ProgressSearch.FromSqlInterpolated(
                $"SELECT rowid, ReportId, SearchText FROM reporting_progress_search WHERE reporting_progress_search MATCH {expression}");
        }
        else if (provider.Contains("Npgsql", StringComparison.Ordinal))
        {
            foreach (var pattern in words.Select(w => @"\m" + w))
            {
                reports = reports.Where(r => Regex.IsMatch(r.SearchText, pattern));
            }
        }
        else
        {
            foreach (var word in words)
            {
                reports = reports.Where(r => r.SearchText.Contains(word));
            }
        }

        // Every filter above narrows with a new query; none did if it is still the published reports.
        return new SearchSelection(reports, matches, OnlyWords: matches is not null && ReferenceEquals(reports, published));
    }

    /// <summary>The words of a query: letters and digits (the full-text index splits on everything else too).</summary>
    [GeneratedRegex(@"[\p{L}\p{N}]+", RegexOptions.CultureInvariant)]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"\bWCC (?<year>\d{4}) (?<kind>RES|REC) (?<number>\d{1,3})\b", RegexOptions.CultureInvariant)]
    private static partial Regex ResolutionCodePattern();
}
