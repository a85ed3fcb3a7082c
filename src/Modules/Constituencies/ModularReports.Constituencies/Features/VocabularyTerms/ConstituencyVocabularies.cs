using Microsoft.Extensions.Localization;
using ModularReports.Constituencies.Contracts;

namespace ModularReports.Constituencies.Features.VocabularyTerms;

/// <summary>The constituency vocabularies with their labels in English, French and Spanish (the module's texts).</summary>
internal sealed class ConstituencyVocabularies(IStringLocalizer<ConstituenciesText> t) : IConstituencyVocabularies
{
    public IReadOnlyList<VocabularyTerm> ConstituentTypes =>
        Enum.GetNames<ConstituentType>().Select(type => Term(type, $"ConstituentType_{type}")).ToList();

    public IReadOnlyList<VocabularyTerm> MembershipCategories =>
        Domain.Vocabularies.MembershipCategories.Select(code => Term(code, $"MembershipCategory_{code}")).ToList();

    public IReadOnlyList<VocabularyTerm> Regions =>
        Domain.Vocabularies.StatutoryRegions.Select((region, i) => Term(region, $"Region_{i}")).ToList();

    private VocabularyTerm Term(string code, string key) => new(code, LanguageScope.InEach(() => t[key].Value));
}
