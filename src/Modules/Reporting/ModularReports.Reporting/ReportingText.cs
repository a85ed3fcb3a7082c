using Microsoft.Extensions.Localization;

namespace ModularReports.Reporting;

/// <summary>The Reporting module's texts (Resources/ReportingText.*.resx): FORMS.md's labels and the working pages.</summary>
internal sealed class ReportingText
{
    /// <summary>An implementation status (by code) in the request's language, for the pages and the public API alike.</summary>
    public static string? Status(IStringLocalizer t, string? code) => code is null ? null : t[$"ImplementationStatus_{code}"].Value;

    /// <summary>An action category in the request's language (the vocabulary's English wording is the key); other text as it is.</summary>
    public static string Category(IStringLocalizer t, string category)
    {
        var index = ReportVocabulary.ActionCategories.ToList().IndexOf(category);
        return index < 0 ? category : t[$"Category_{index}"].Value;
    }

    public static string ActionStatus(IStringLocalizer t, string status) => t[status == "Completed" ? "ActionStatus_Completed" : "ActionStatus_Ongoing"].Value;

    /// <summary>A yes-or-no answer in the request's language; <paramref name="unanswered"/> when there is none.</summary>
    public static string YesNo(IStringLocalizer t, bool? value, string unanswered) =>
        value switch { true => t["Answer_Yes"].Value, false => t["Answer_No"].Value, null => unanswered };

    /// <summary>"Are these actions planned for yet": Yes or No in the request's language.</summary>
    public static string Answer(IStringLocalizer t, string answer) => t["Answer_" + answer].Value;
}
