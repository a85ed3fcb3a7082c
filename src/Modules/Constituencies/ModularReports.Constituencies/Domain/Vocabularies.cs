using System.Text.Json;

namespace ModularReports.Constituencies.Domain;

/// <summary>
/// IUCN's controlled vocabularies, read from the data file shipped with the module (SeedData/iucn-vocabularies.json):
/// the exact wording used on IUCN's public reports.
/// </summary>
internal static class Vocabularies
{
    private static readonly Lazy<JsonElement> Root = new(() =>
    {
        using var stream = typeof(Vocabularies).Assembly.GetManifestResourceStream("ModularReports.Constituencies.SeedData.iucn-vocabularies.json")
            ?? throw new InvalidOperationException("The vocabularies file is not embedded.");
        return JsonDocument.Parse(stream).RootElement.Clone();
    });

    public static IReadOnlyList<string> StatutoryRegions { get; } = Strings("statutory_regions");

    public static IReadOnlyList<string> MembershipCategories { get; } =
        Root.Value.GetProperty("membership_categories").EnumerateArray().Select(c => c.GetProperty("code").GetString()!).ToList();

    public static string MembershipCategoryLabel(string code) =>
        Root.Value.GetProperty("membership_categories").EnumerateArray()
            .Where(c => c.GetProperty("code").GetString() == code)
            .Select(c => c.GetProperty("label").GetString()!)
            .FirstOrDefault() ?? code;

    /// <summary>The labels of the constituent types, in <see cref="ConstituentType"/> order.</summary>
    public static IReadOnlyList<string> ConstituentTypeLabels { get; } = Strings("constituent_types");

    public static string EmptyPlaceholder(string list, string language) =>
        Root.Value.GetProperty("empty_list_placeholders").TryGetProperty(language, out var byLanguage)
            ? byLanguage.GetProperty(list).GetString()!
            : Root.Value.GetProperty("empty_list_placeholders").GetProperty("en").GetProperty(list).GetString()!;

    private static IReadOnlyList<string> Strings(string property) =>
        Root.Value.GetProperty(property).EnumerateArray().Select(e => e.GetString()!).ToList();
}
