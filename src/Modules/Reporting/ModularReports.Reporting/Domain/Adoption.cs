namespace ModularReports.Reporting.Domain;

/// <summary>When a resolution was adopted: the year of its Congress (<c>WCC 2020</c>).</summary>
internal static class Adoption
{
    /// <summary>The Congress's year; a name without one counts as adopted before any period.</summary>
    public static int Year(string congress) =>
        int.TryParse(congress.Split(' ').LastOrDefault(), CultureInfo.InvariantCulture, out var year) ? year : int.MinValue;

    /// <summary>Whether a resolution of that Congress is expected to report for a period ending on <paramref name="endsOn"/>.</summary>
    public static bool ReportsFor(string congress, DateOnly endsOn) => Year(congress) <= endsOn.Year;
}
