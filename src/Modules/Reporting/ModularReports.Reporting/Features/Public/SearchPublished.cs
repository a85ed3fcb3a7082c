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
/// implementation, action category, constituent involved, region or category of the Members involved, period and free
/// text (every word must occur); newest first.
/// Only reports in a public state are ever read here.
/// </summary>
internal sealed record SearchPublished(
    string? Congress, Guid? ResolutionId, string? Status, string? Category, Guid? ConstituentId, Guid? PeriodId, string? Q, string? Region = null,
    string? MemberCategory = null, int Page = 1, int PageSize = 20)
    : IQuery<PublishedPage>, ISearchRequest;

internal sealed class SearchPublishedValidator : SearchRequestValidator<SearchPublished>
{
    public SearchPublishedValidator(IConstituencyVocabularies vocabularies)
        : base(vocabularies)
    {
        RuleFor(q => q.Page).ValidPage();
        RuleFor(q => q.PageSize).InclusiveBetween(1, 100);
    }
}

/// <summary>The filters every view of the published reports shares (the search, its exports, the statistics).</summary>
internal abstract class SearchRequestValidator<T> : AbstractValidator<T>
    where T : ISearchRequest
{
    protected SearchRequestValidator(IConstituencyVocabularies vocabularies)
    {
        RuleFor(q => q.Region).Must(r => vocabularies.Regions.Any(v => v.Code == r)).When(q => !string.IsNullOrEmpty(q.Region))
            .WithMessage($"Use one of: {string.Join("; ", vocabularies.Regions.Select(r => r.Code))}.");
        RuleFor(q => q.MemberCategory).Must(c => vocabularies.MembershipCategories.Any(v => v.Code == c)).When(q => !string.IsNullOrEmpty(q.MemberCategory))
            .WithMessage($"Use one of: {string.Join(", ", vocabularies.MembershipCategories.Select(c => c.Code))}.");
        RuleFor(q => q.Q).MaximumLength(200);
        RuleFor(q => q.Congress).MaximumLength(40).Must(c => c!.Any(char.IsLetterOrDigit)).When(q => !string.IsNullOrWhiteSpace(q.Congress))
            .WithMessage("Name the congress, e.g. WCC 2020.");
        RuleFor(q => q.Status).Must(s => ReportVocabulary.ImplementationStatuses.Any(v => v.Code == s)).When(q => !string.IsNullOrEmpty(q.Status))
            .WithMessage($"Use one of: {string.Join(", ", ReportVocabulary.ImplementationStatuses.Select(s => s.Code))}.");
        RuleFor(q => q.Category).Must(c => ReportVocabulary.ActionCategories.Contains(c!)).When(q => !string.IsNullOrEmpty(q.Category))
            .WithMessage($"Use one of: {string.Join("; ", ReportVocabulary.ActionCategories)}.");
    }
}

internal sealed class SearchPublishedHandler(
    ReportingDbContext db, IResolutionCatalog resolutions, IConstituentDirectory constituents, IStringLocalizer<ReportingText> text)
    : IQueryHandler<SearchPublished, PublishedPage>
{
    public async ValueTask<PublishedPage> Handle(SearchPublished query, CancellationToken cancellationToken)
    {
        var arguments = SearchArguments.Of(query, db, await constituents.MembersAsync(query, cancellationToken));
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

/// <summary>The Members a search's region or category names, looked up before the search runs.</summary>
internal static class SearchMembers
{
    /// <summary>The Members of the region and/or category asked for; null when the search names neither.</summary>
    public static async Task<IReadOnlyList<Guid>?> MembersAsync(this IConstituentDirectory directory, ISearchRequest query, CancellationToken cancellationToken) =>
        string.IsNullOrEmpty(query.Region) && string.IsNullOrEmpty(query.MemberCategory) ? null
            : await directory.MembersAsync(NullIfEmpty(query.Region), NullIfEmpty(query.MemberCategory), cancellationToken);

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
