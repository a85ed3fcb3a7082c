namespace ModularReports.Constituencies.Domain;

/// <summary>
/// How constituents are named on IUCN's reports (display_formats in the vocabularies file):
/// <c>National Whistleblower Center ( NWC ) / United States of America</c> for a Member and
/// <c>IUCN World Commission on Environmental Law 2021-2025 (WCEL)</c> for a Commission. An empty acronym shows nothing.
/// </summary>
internal static class ConstituentDisplay
{
    public static string Format(Constituent c) => c.DisplayNameOverride ?? c.Type switch
    {
        ConstituentType.Member => Join(
            string.IsNullOrWhiteSpace(c.Acronym) ? c.Name : $"{c.Name} ( {c.Acronym} )",
            c.CountryCode is null ? null : Countries.Name(c.CountryCode)),
        ConstituentType.Commission or ConstituentType.Council =>
            $"{Prefixed(c.Name)}{Period(c)}{(string.IsNullOrWhiteSpace(c.Acronym) ? string.Empty : $" ({c.Acronym})")}",
        ConstituentType.NationalCommittee => Join(c.Name, c.CountryCode is null ? null : Countries.Name(c.CountryCode)),
        ConstituentType.RegionalCommittee => Join(c.Name, c.Region),
        _ => string.IsNullOrWhiteSpace(c.Acronym) ? c.Name : $"{c.Name} ( {c.Acronym} )",
    };

    private static string Prefixed(string name) => name.StartsWith("IUCN ", StringComparison.Ordinal) ? name : "IUCN " + name;

    private static string Period(Constituent c) => c.PeriodStart is { } start && c.PeriodEnd is { } end ? $" {start}-{end}" : string.Empty;

    private static string Join(string name, string? place) => string.IsNullOrWhiteSpace(place) ? name : $"{name} / {place}";
}
