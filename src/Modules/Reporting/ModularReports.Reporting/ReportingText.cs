using Microsoft.Extensions.Localization;

namespace ModularReports.Reporting;

/// <summary>The Reporting module's texts (Resources/ReportingText.*.resx): FORMS.md's labels and the working pages.</summary>
internal sealed class ReportingText
{
    /// <summary>An implementation status (by code) in the request's language, for the pages and the public API alike.</summary>
    public static string? Status(IStringLocalizer t, string? code) => code is null ? null : t[$"ImplementationStatus_{code}"].Value;
}
