using Microsoft.Extensions.Localization;
using ModularReports.Reporting.Features.Public;

namespace ModularReports.Reporting.Features.Exports;

/// <summary>
/// Reports as documents, with the labels and sections of their public pages, in the reader's language; an admin's export
/// of a report that is not published says where its review stands.
/// </summary>
internal sealed class ReportDocuments(IStringLocalizer<ReportingText> text)
{
    public ReportDocument Progress(PublishedReport r, string? reviewState = null) => new(
        r.Title, r.ResolutionTitle, text["Section_General"],
        [
            new(text["Resolution"], $"{r.ResolutionCode} — {r.ResolutionTitle}"),
            new(text["PeriodCovered"], $"{r.Period} ({Date(r.PeriodStartsOn)} – {Date(r.PeriodEndsOn)})"),
            new(text["Published"], r.PublishedAt is { } at ? Date(DateOnly.FromDateTime(at)) : "—"),
            .. ReviewState(reviewState),
        ],
        [
            new(text["Section_Constituencies"],
            [
                r.MembersPlaceholder is null ? DocumentAnswer.List(text["IucnMembers"], r.Members.Select(m => m.Name)) : new(text["IucnMembers"], [r.MembersPlaceholder]),
                r.CommissionsPlaceholder is null
                    ? DocumentAnswer.List(text["IucnCommissions"], r.Commissions.Select(c => c.Name))
                    : new(text["IucnCommissions"], [r.CommissionsPlaceholder]),
                new(text["IucnSecretariat"], [ReportingText.YesNo(text, r.SecretariatInvolved, "—")]),
                DocumentAnswer.Text(text["OtherOrganisations"], r.OtherOrganisations),
            ]),
            new(text["Section_Implementation"],
            [
                DocumentAnswer.List(text["ActionsCarriedOut"], r.ActionCategories.Select(c => ReportingText.Category(text, c))),
                DocumentAnswer.Text(text["ResultsAchievements"], r.Results),
                DocumentAnswer.Text(text["ChallengesObstacles"], r.Challenges),
                new(text["FutureActionsNeeded"],
                [
                    .. r.FutureActionCategories.Select(c => "• " + ReportingText.Category(text, c)),
                    .. DocumentAnswer.Text(null, r.FutureActions, empty: string.Empty).Paragraphs.Where(p => p.Length > 0),
                ]),
                new(text["ActionsPlanned"], [r.ActionsPlanned is null ? "—" : ReportingText.Answer(text, r.ActionsPlanned)]),
            ]),
            new(text["Section_Status"], [new(text["StatusOfImplementationField"], [r.ImplementationStatusLabel ?? "—"])]),
            new(text["Section_Additional"], [DocumentAnswer.Text(null, r.AdditionalInformation)]),
        ],
        Footer(r.PublishedAt, r.ContributingOrganisations.Count == 0 ? null : $"{text["Public_CompiledFrom"]} {string.Join("; ", r.ContributingOrganisations.Select(o => o.Name))}"),
        CultureInfo.CurrentUICulture.TwoLetterISOLanguageName);

    public ReportDocument Activity(PublicActivityReport r, string? reviewState = null) => new(
        r.Title, r.Constituent, null,
        [
            new(text["Resolution"], $"{r.ResolutionCode} — {r.ResolutionTitle}"),
            new(text["PeriodCovered"], $"{(r.PeriodFrom is { } from ? Date(from) : "—")} – {(r.PeriodTo is { } to ? Date(to) : "—")}"),
            new(text["GeographicScope"], r.GeographicScope ?? "—"),
            new(text["Published"], r.PublishedAt is { } at ? Date(DateOnly.FromDateTime(at)) : "—"),
            .. ReviewState(reviewState),
        ],
        [
            new(text["Section_Constituencies"],
            [
                DocumentAnswer.List(text["IucnMembers"], r.Members.Select(m => m.Name)),
                DocumentAnswer.List(text["IucnCommissions"], r.Commissions.Select(c => c.Name)),
                new(text["IucnSecretariat"], [ReportingText.YesNo(text, r.SecretariatInvolved, "—")]),
                DocumentAnswer.Text(text["OtherOrganisations"], r.OtherOrganisations),
            ]),
            new(text["Actions"], r.Actions.Select(a => new DocumentAnswer(
                $"{ReportingText.Category(text, a.Category)} ({ReportingText.ActionStatus(text, a.Status)})", [a.Description])).ToList()),
            new(text["ActivityResults"], [DocumentAnswer.Text(null, r.Results)]),
            new(text["ActivityChallenges"], [DocumentAnswer.Text(null, r.Challenges)]),
            new(text["ActivityFutureActions"], [DocumentAnswer.Text(null, r.FutureActions)]),
        ],
        Footer(r.PublishedAt, null),
        CultureInfo.CurrentUICulture.TwoLetterISOLanguageName);

    private IEnumerable<DocumentFact> ReviewState(string? state) => state is null ? [] : [new(text["Column_ReviewState"], state)];

    private string Footer(DateTime? publishedAt, string? compiledFrom) =>
        string.Join(' ', new[] { text["Public_PublishedOn", publishedAt is { } at ? Date(DateOnly.FromDateTime(at)) : "—"].Value, compiledFrom }.OfType<string>());

    private static string Date(DateOnly date) => date.ToReaderDate();
}
