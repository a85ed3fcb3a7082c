namespace ModularReports.Workflow.Definitions;

internal static class LocalisedLabels
{
    /// <summary>The label in the language asked for, else the English one, else the key.</summary>
    public static string Pick(IReadOnlyDictionary<string, string> labels, string language, string fallback) =>
        labels.GetValueOrDefault(language) ?? labels.GetValueOrDefault("en") ?? fallback;
}
