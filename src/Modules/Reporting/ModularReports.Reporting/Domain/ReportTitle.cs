namespace ModularReports.Reporting.Domain;

/// <summary>IUCN's titles for reports (iucn-vocabularies.json): <c>WCC 2020 Res 054 - Progress Report</c>.</summary>
internal static class ReportTitle
{
    public static string Progress(string? resolutionCode) => $"{resolutionCode} - Progress Report";

    public static string Activity(string? resolutionCode) => $"{resolutionCode} - Activity Report";
}
