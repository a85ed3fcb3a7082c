namespace ModularReports.Reporting.Domain;

/// <summary>
/// How reports are titled. A progress report's title is IUCN's public one, the same in every language
/// (<c>WCC 2020 Res 054 - Progress Report</c>, FORMS.md); an activity report's is named in the reader's language.
/// </summary>
internal static class ReportTitle
{
    private static readonly Dictionary<string, string> ActivityTitles = new()
    {
        ["en"] = "{0} - Activity Report",
        ["fr"] = "{0} - Rapport d'activité",
        ["es"] = "{0} - Informe de actividad",
    };

    public static string Progress(string resolutionCode) => $"{resolutionCode} - Progress Report";

    public static string Activity(string? resolutionCode) => string.Format(
        CultureInfo.CurrentCulture, ActivityTitles.GetValueOrDefault(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName, ActivityTitles["en"]), resolutionCode);
}
