using System.Collections.Frozen;
using System.Text.Json;

namespace ModularReports.Constituencies.Domain;

/// <summary>
/// ISO 3166-1 alpha-2 country codes and their names in English, French and Spanish, from the Unicode CLDR
/// (SeedData/countries.json, made by scripts/update-countries.sh), so a country has one name in each language on every
/// page whatever the server's own locale data. In English a few names follow the United Nations' short names, as IUCN's
/// reports do.
/// </summary>
internal static class Countries
{
    private static readonly FrozenDictionary<string, string> UnitedNationsNames = new Dictionary<string, string>
    {
        ["US"] = "United States of America",
        ["GB"] = "United Kingdom of Great Britain and Northern Ireland",
        ["RU"] = "Russian Federation",
        ["KR"] = "Republic of Korea",
        ["KP"] = "Democratic People's Republic of Korea",
        ["TZ"] = "United Republic of Tanzania",
        ["BO"] = "Bolivia (Plurinational State of)",
        ["VE"] = "Venezuela (Bolivarian Republic of)",
        ["IR"] = "Iran (Islamic Republic of)",
        ["VN"] = "Viet Nam",
        ["LA"] = "Lao People's Democratic Republic",
        ["SY"] = "Syrian Arab Republic",
        ["MD"] = "Republic of Moldova",
        ["CD"] = "Democratic Republic of the Congo",
    }.ToFrozenDictionary();

    private static readonly FrozenDictionary<string, FrozenDictionary<string, string>> Names = Load();

    public static bool IsKnown(string? code) => code is not null && Names.ContainsKey(code.ToUpperInvariant());

    public static IEnumerable<string> All => Names.Keys.Order(StringComparer.Ordinal);

    /// <summary>The country's name in the current UI language (English for any other).</summary>
    public static string Name(string code)
    {
        code = code.ToUpperInvariant();
        var language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        if (!Names.TryGetValue(code, out var names))
        {
            return code;
        }

        if (names.TryGetValue(language, out var name))
        {
            return language == "en" ? UnitedNationsNames.GetValueOrDefault(code, name) : name;
        }

        return UnitedNationsNames.GetValueOrDefault(code, names["en"]);
    }

    private static FrozenDictionary<string, FrozenDictionary<string, string>> Load()
    {
        using var stream = typeof(Countries).Assembly.GetManifestResourceStream("ModularReports.Constituencies.SeedData.countries.json")
            ?? throw new InvalidOperationException("The country names are not embedded.");
        using var document = JsonDocument.Parse(stream);
        return document.RootElement.GetProperty("countries").EnumerateObject().ToFrozenDictionary(
            country => country.Name,
            country => country.Value.EnumerateObject().ToFrozenDictionary(n => n.Name, n => n.Value.GetString()!));
    }
}
