using Microsoft.Extensions.Localization;
using ModularReports.BuildingBlocks.Mediation;
using ModularReports.Reporting.Data.PublicSearch;
using ModularReports.Reporting.Data;

namespace ModularReports.Reporting.Features.Public;

internal sealed record PublishedSummary(
    Guid Id, string Title, Guid ResolutionId, string ResolutionCode, string ResolutionTitle, Guid PeriodId, string Period, string? ImplementationStatus,
    string? ImplementationStatusLabel, IReadOnlyList<string> ActionCategories, DateTime? PublishedAt);

/// <summary>
/// A page of results. <see cref="Total"/> is exact up to <see cref="PublishedSearch.CountLimit"/>; beyond that
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
    : IQuery<PublishedPage>, ISearchRequest;

internal sealed class SearchPublishedValidator : AbstractValidator<SearchPublished>
{
    public SearchPublishedValidator()
    {
        RuleFor(q => q.Page).ValidPage();
        RuleFor(q => q.PageSize).InclusiveBetween(1, 100);
        RuleFor(q => q.Q).MaximumLength(200);
        RuleFor(q => q.Congress).MaximumLength(40).Must(c => c!.Any(char.IsLetterOrDigit)).When(q => !string.IsNullOrWhiteSpace(q.Congress))
            .WithMessage("Name the congress, e.g. WCC 2020.");
        RuleFor(q => q.Status).Must(s => ReportVocabulary.ImplementationStatuses.Any(v => v.Code == s)).When(q => !string.IsNullOrEmpty(q.Status))
            .WithMessage($"Use one of: {string.Join(", ", ReportVocabulary.ImplementationStatuses.Select(s => s.Code))}.");
        RuleFor(q => q.Category).Must(c => ReportVocabulary.ActionCategories.Contains(c!)).When(q => !string.IsNullOrEmpty(q.Category))
            .WithMessage($"Use one of: {string.Join("; ", ReportVocabulary.ActionCategories)}.");
    }
}

internal sealed class SearchPublishedHandler(ReportingDbContext db, IResolutionCatalog resolutions, IStringLocalizer<ReportingText> text)
    : IQueryHandler<SearchPublished, PublishedPage>
{
    public async ValueTask<PublishedPage> Handle(SearchPublished query, CancellationToken cancellationToken)
    {
        var arguments = SearchArguments.Of(query, db);
        var rows = await PublishedSearch.PageAsync(db, arguments, cancellationToken);
        // A short page is the last one, and so tells the total; otherwise count ids (not whole rows), which the
        // database answers from its indexes without reading the reports' text.
        var total = rows.Count < query.PageSize && (rows.Count > 0 || query.Page == 1)
            ? arguments.Skip + rows.Count
            : await PublishedSearch.CountAsync(db, arguments, cancellationToken);
        var titles = await resolutions.FindManyAsync(
            rows.Select(r => r.ResolutionId).Distinct().ToList(), CultureInfo.CurrentUICulture.TwoLetterISOLanguageName, cancellationToken);
        var items = rows.Select(r => new PublishedSummary(
            r.Id, ReportTitle.Progress(r.ResolutionCode), r.ResolutionId, r.ResolutionCode, titles.GetValueOrDefault(r.ResolutionId)?.Title ?? string.Empty,
            r.PeriodId, r.Period, r.ImplementationStatus, ReportingText.Status(text, r.ImplementationStatus), r.ActionCategories, r.PublishedAt)).ToList();
        return new PublishedPage(
            items, query.Page, query.PageSize, Math.Min(total, PublishedSearch.CountLimit), total > PublishedSearch.CountLimit);
    }
}
