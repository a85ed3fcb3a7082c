using System.Text.Json;

namespace ModularReports.Reporting.Domain;

/// <summary>The action categories and statuses of activity reports, in IUCN's wording (iucn-vocabularies.json).</summary>
internal static class ReportVocabulary
{
    private static readonly Lazy<JsonElement> Root = new(() =>
    {
        using var stream = typeof(ReportVocabulary).Assembly.GetManifestResourceStream("ModularReports.Reporting.iucn-vocabularies.json")
            ?? throw new InvalidOperationException("The vocabularies file is not embedded.");
        return JsonDocument.Parse(stream).RootElement.Clone();
    });

    public static IReadOnlyList<string> ActionCategories { get; } = Strings("action_categories");

    public static IReadOnlyList<string> ActionStatuses { get; } = Strings("activity_action_status");

    private static IReadOnlyList<string> Strings(string property) =>
        Root.Value.GetProperty(property).EnumerateArray().Select(e => e.GetString()!).ToList();
}
