namespace ModularReports.Reporting.Domain;

/// <summary>An implementation status: its code and IUCN's wording.</summary>
internal sealed record ImplementationStatus(string Code, string Label);

/// <summary>IUCN's controlled vocabularies for reports, in IUCN's wording (iucn-vocabularies.json).</summary>
internal static class ReportVocabulary
{
    private static readonly Lazy<JsonElement> Root = new(() =>
    {
        using var stream = typeof(ReportVocabulary).Assembly.GetManifestResourceStream("ModularReports.Reporting.iucn-vocabularies.json")
            ?? throw new InvalidOperationException("The vocabularies file is not embedded.");
        return JsonDocument.Parse(stream).RootElement.Clone();
    });

    public static IReadOnlyList<string> ActionCategories { get; } = Strings("action_categories");

    private static readonly Dictionary<string, int> CategoryBits = ActionCategories.Select((c, i) => (c, i)).ToDictionary(x => x.c, x => 1 << x.i);

    public static IReadOnlyList<string> ActionStatuses { get; } = Strings("activity_action_status");

    public static IReadOnlyList<string> ActionsPlanned { get; } = Strings("actions_planned");

    public static IReadOnlyList<ImplementationStatus> ImplementationStatuses { get; } = Root.Value.GetProperty("implementation_status").EnumerateArray()
        .Select(e => new ImplementationStatus(e.GetProperty("code").GetString()!, e.GetProperty("label").GetString()!)).ToList();

    /// <summary>What an empty list of Members or Commissions reads as ("members", "commissions"), in the language asked for.</summary>
    public static string EmptyListPlaceholder(string list, string language)
    {
        var placeholders = Root.Value.GetProperty("empty_list_placeholders");
        var inLanguage = placeholders.TryGetProperty(language, out var l) ? l : placeholders.GetProperty("en");
        return inLanguage.GetProperty(list).GetString()!;
    }

    /// <summary>One bit per action category (its place in the vocabulary), 0 for a text that is not one.</summary>
    public static int CategoryBit(string category) => CategoryBits.GetValueOrDefault(category);

    public static int CategoryMask(IEnumerable<string> categories) => categories.Aggregate(0, (mask, c) => mask | CategoryBit(c));

    public static string? StatusLabel(string? code) => ImplementationStatuses.FirstOrDefault(s => s.Code == code)?.Label;

    private static IReadOnlyList<string> Strings(string property) =>
        Root.Value.GetProperty(property).EnumerateArray().Select(e => e.GetString()!).ToList();
}
