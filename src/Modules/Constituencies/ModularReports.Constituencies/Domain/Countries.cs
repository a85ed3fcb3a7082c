using System.Collections.Frozen;

namespace ModularReports.Constituencies.Domain;

/// <summary>
/// ISO 3166-1 alpha-2 country codes and their names in the page's language, from the platform's region data (ICU).
/// A few names follow the United Nations' short names, as IUCN's reports do.
/// </summary>
internal static class Countries
{
    private static readonly FrozenDictionary<string, string> UnitedNationsNames = new Dictionary<string, string>
    {
        ["US"] = "United States of America",
        ["GB"] = "United Kingdom of Great Britain and Northern Ireland",
        ["RU"] = "Russian Federation",
        ["KR"] = "Republic of Korea",
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

    private static readonly FrozenSet<string> Codes = CultureInfo.GetCultures(CultureTypes.SpecificCultures)
        .Select(c => { try { return new RegionInfo(c.Name).TwoLetterISORegionName; } catch (ArgumentException) { return null; } })
        .Where(code => code is { Length: 2 } && char.IsAsciiLetterUpper(code[0]) && char.IsAsciiLetterUpper(code[1]))
        .Select(code => code!)
        .Concat(UnitedNationsNames.Keys)
        .ToFrozenSet();

    public static bool IsKnown(string? code) => code is not null && Codes.Contains(code.ToUpperInvariant());

    public static IEnumerable<string> All => Codes.Order(StringComparer.Ordinal);

    /// <summary>The country's name in the current UI language (English: the UN short name where IUCN uses it).</summary>
    public static string Name(string code)
    {
        code = code.ToUpperInvariant();
        if (CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" && UnitedNationsNames.TryGetValue(code, out var unName))
        {
            return unName;
        }

        try
        {
            return new RegionInfo(code).DisplayName;
        }
        catch (ArgumentException)
        {
            return UnitedNationsNames.GetValueOrDefault(code, code);
        }
    }
}
