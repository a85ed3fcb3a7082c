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

internal sealed partial class SearchPublishedHandler(ReportingDbContext db, IResolutionCatalog resolutions) : IQueryHandler<SearchPublished, PublishedPage>
{
    public const int CountLimit = 1_000;

    public async ValueTask<PublishedPage> Handle(SearchPublished query, CancellationToken cancellationToken)
    {
        var reports = Filter(db, query);
        // Counting ids (not whole rows) lets the database answer from its indexes without reading the reports' text.
        var total = await reports.Select(r => r.Id).Take(CountLimit + 1).CountAsync(cancellationToken);
        var rows = await reports.OrderByDescending(r => r.PublishedAt).ThenByDescending(r => r.Id)
            .Skip((query.Page - 1) * query.PageSize).Take(query.PageSize)
            .Join(db.Periods, r => r.PeriodId, p => p.Id, (r, p) => new
            {
                r.Id, r.ResolutionId, r.ResolutionCode, r.PeriodId, Period = p.Name, r.ImplementationStatus, r.ActionCategories, r.PublishedAt,
            })
            .ToListAsync(cancellationToken);
        var titles = await resolutions.FindManyAsync(
            rows.Select(r => r.ResolutionId).Distinct().ToList(), CultureInfo.CurrentUICulture.TwoLetterISOLanguageName, cancellationToken);
        var items = rows.Select(r => new PublishedSummary(
            r.Id, ReportTitle.Progress(r.ResolutionCode), r.ResolutionId, r.ResolutionCode, titles.GetValueOrDefault(r.ResolutionId)?.Title ?? string.Empty,
            r.PeriodId, r.Period, r.ImplementationStatus, ReportVocabulary.StatusLabel(r.ImplementationStatus), r.ActionCategories, r.PublishedAt)).ToList();
        return new PublishedPage(items, query.Page, query.PageSize, Math.Min(total, CountLimit), total > CountLimit);
    }

    /// <summary>The published reports matching the query (also what the CSV export writes).</summary>
    public static IQueryable<ProgressReport> Filter(ReportingDbContext db, SearchPublished query)
    {
        var reports = db.ProgressReports.AsNoTracking().Where(r => r.IsPublic);
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
            reports = reports.Where(r => r.ActionCategories.Contains(query.Category));
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

        // Every other word must occur. SQLite: one full-text query over the trigram index intersects the words inside
        // the engine (words under three letters, which trigrams cannot find, are matched by scanning that table).
        // PostgreSQL: its trigram index serves a LIKE on the column itself.
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct().Take(8).ToList();
        if (db.Database.ProviderName?.Contains("Sqlite", StringComparison.Ordinal) == true)
        {
            var indexed = words.Where(w => w.Length >= 3).ToList();
            if (indexed.Count > 0)
            {
                var expression = string.Join(" AND ", indexed.Select(w => $"\"{w.Replace("\"", "\"\"", StringComparison.Ordinal)}\""));
                var matches = db.ProgressSearch.FromSqlInterpolated(
                    $"SELECT ReportId, SearchText FROM reporting_progress_search WHERE reporting_progress_search MATCH {expression}");
                reports = reports.Where(r => matches.Select(m => m.ReportId).Contains(r.Id));
            }

            foreach (var word in words.Where(w => w.Length < 3))
            {
                reports = reports.Where(r => db.ProgressSearch.Where(s => s.SearchText.Contains(word)).Select(s => s.ReportId).Contains(r.Id));
            }
        }
        else
        {
            foreach (var word in words)
            {
                reports = reports.Where(r => r.SearchText.Contains(word));
            }
        }

        return reports;
    }

    [GeneratedRegex(@"\bWCC (?<year>\d{4}) (?<kind>RES|REC) (?<number>\d{1,3})\b", RegexOptions.CultureInvariant)]
    private static partial Regex ResolutionCodePattern();
}
