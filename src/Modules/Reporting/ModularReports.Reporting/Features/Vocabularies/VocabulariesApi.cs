using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;

namespace ModularReports.Reporting.Features.Vocabularies;

/// <summary>
/// IUCN's controlled vocabularies a client needs to fill in or read reports: each term's code (what reports store
/// and the API takes) and its label in English, French and Spanish.
/// </summary>
internal sealed record VocabulariesView(
    IReadOnlyList<VocabularyTerm> ActionCategories, IReadOnlyList<VocabularyTerm> ActionStatuses, IReadOnlyList<VocabularyTerm> ImplementationStatuses,
    IReadOnlyList<VocabularyTerm> ActionsPlanned, IReadOnlyList<VocabularyTerm> ConstituentTypes, IReadOnlyList<VocabularyTerm> MembershipCategories,
    IReadOnlyList<VocabularyTerm> Regions);

internal static class VocabulariesApi
{
    public static void MapVocabulariesApi(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/api/vocabularies", (IStringLocalizer<ReportingText> t, IConstituencyVocabularies constituencies, HttpContext http) =>
            {
                http.Response.Headers.CacheControl = "public, max-age=3600";
                return Results.Ok(new VocabulariesView(
                    ReportVocabulary.ActionCategories.Select(c => Term(c, () => ReportingText.Category(t, c))).ToList(),
                    ReportVocabulary.ActionStatuses.Select(s => Term(s, () => ReportingText.ActionStatus(t, s))).ToList(),
                    ReportVocabulary.ImplementationStatuses.Select(s => Term(s.Code, () => ReportingText.Status(t, s.Code)!)).ToList(),
                    ReportVocabulary.ActionsPlanned.Select(a => Term(a, () => ReportingText.Answer(t, a))).ToList(),
                    constituencies.ConstituentTypes, constituencies.MembershipCategories, constituencies.Regions));
            })
            .AllowAnonymous().WithTags("Vocabularies")
            .WithSummary("IUCN's vocabularies: action categories and statuses, implementation statuses, constituent types, membership categories, regions")
            .WithDescription("Each term has the code reports store and the API takes, and its label in English (en), French (fr) and Spanish (es).")
            .Produces<VocabulariesView>();

    private static VocabularyTerm Term(string code, Func<string> label) => new(code, LanguageScope.InEach(label));
}
