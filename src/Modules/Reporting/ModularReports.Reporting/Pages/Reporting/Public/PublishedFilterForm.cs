using ModularReports.Reporting.Features.Periods;

namespace ModularReports.Reporting.Pages.Reporting.Public;

/// <summary>
/// The filters over published reports that the search and the dashboard share, with their choices.
/// <see cref="AllPeriods"/> is the value of the period choice that means every period ("" on the search; the dashboard
/// shows the latest period unless told "all").
/// </summary>
internal sealed record PublishedFilterForm(
    string? Q, string? Congress, Guid? ResolutionId, string? Status, string? Category, Guid? ConstituentId, string? Region, string? MemberCategory,
    string? Period, string AllPeriods, IReadOnlyList<ResolutionRef> Resolutions, IReadOnlyList<ConstituentRef> Constituents,
    IConstituencyVocabularies Vocabularies, IReadOnlyList<PeriodView> Periods, string SubmitKey)
{
    public string Language => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;

    public IReadOnlyList<string> Congresses => Resolutions.Select(r => r.Congress).Distinct().Order(StringComparer.Ordinal).ToList();
}
