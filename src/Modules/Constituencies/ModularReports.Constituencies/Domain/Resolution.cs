namespace ModularReports.Constituencies.Domain;

/// <summary>Resolutions are addressed to IUCN itself; Recommendations to third parties.</summary>
internal enum ResolutionKind
{
    Resolution,
    Recommendation,
}

internal enum ResolutionStatus
{
    Active,
    Archived,
}

/// <summary>A numbered decision of a Congress, identified by its code (<c>WCC 2020 Res 054</c>).</summary>
internal sealed class Resolution : IVersioned
{
    public const int TitleMaxLength = 500;

    public const int SummaryMaxLength = 4000;

    public const int DocumentUrlMaxLength = 500;

    public Guid Id { get; init; }

    public Guid CongressId { get; set; }

    public ResolutionKind Kind { get; set; }

    public int Number { get; set; }

    /// <summary>"WCC 2020 Res 054": derived from congress, kind and number; unique.</summary>
    public required string Code { get; set; }

    public required string TitleEn { get; set; }

    public string? TitleFr { get; set; }

    public string? TitleEs { get; set; }

    public int? MotionNumber { get; set; }

    /// <summary>What the resolution asks, in a few sentences (its operative text or a summary), as imported.</summary>
    public string? Summary { get; set; }

    /// <summary>The official text of the resolution (an http or https address), as imported.</summary>
    public string? DocumentUrl { get; set; }

    public ResolutionStatus Status { get; set; }

    /// <summary>Code (both spellings) and titles, upper-cased: what the free-text search looks in.</summary>
    public string SearchText { get; set; } = string.Empty;

    public int Version { get; set; }

    public string Title(string language) => language switch
    {
        "fr" when !string.IsNullOrWhiteSpace(TitleFr) => TitleFr,
        "es" when !string.IsNullOrWhiteSpace(TitleEs) => TitleEs,
        _ => TitleEn,
    };

    public void RefreshSearchText() =>
        SearchText = ResolutionCode.ForSearch($"{Code} {ResolutionCode.Hyphenated(Code)} {TitleEn} {TitleFr} {TitleEs}");
}

/// <summary>The two spellings of a resolution code: <c>WCC 2020 Res 054</c> and <c>WCC-2020-Res-054</c>.</summary>
internal static class ResolutionCode
{
    public static string Format(string congressCode, ResolutionKind kind, int number) =>
        $"{congressCode} {(kind == ResolutionKind.Resolution ? "Res" : "Rec")} {number.ToString("000", CultureInfo.InvariantCulture)}";

    public static string Hyphenated(string code) => code.Replace(' ', '-');

    /// <summary>Either spelling, any case, becomes the canonical one's search form.</summary>
    public static string ForSearch(string text) => text.Replace('-', ' ').ToUpperInvariant();

    /// <summary>Reads "WCC-2020-Res-054", "WCC 2020 Res 54" and the like; null when it is not a code.</summary>
    public static (string Congress, ResolutionKind Kind, int Number)? Parse(string? text)
    {
        var parts = (text ?? string.Empty).Replace('-', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 4 || !int.TryParse(parts[1], CultureInfo.InvariantCulture, out _)
            || !int.TryParse(parts[3], CultureInfo.InvariantCulture, out var number))
        {
            return null;
        }

        ResolutionKind? kind = parts[2].ToUpperInvariant() switch { "RES" => ResolutionKind.Resolution, "REC" => ResolutionKind.Recommendation, _ => null };
        return kind is null ? null : ($"{parts[0].ToUpperInvariant()} {parts[1]}", kind.Value, number);
    }
}
