using System.Text.RegularExpressions;

namespace ModularReports.Reporting.Data.PublicSearch;

/// <summary>What a visitor asked the public search for, as the request carries it.</summary>
internal interface ISearchRequest
{
    string? Congress { get; }

    Guid? ResolutionId { get; }

    string? Status { get; }

    string? Category { get; }

    Guid? ConstituentId { get; }

    Guid? PeriodId { get; }

    string? Q { get; }

    /// <summary>A statutory region of the Members involved (the vocabulary's code).</summary>
    string? Region { get; }

    /// <summary>A membership category (A to D) of the Members involved.</summary>
    string? MemberCategory { get; }

    int Page { get; }

    int PageSize { get; }
}

/// <summary>Which filters a search uses: its shape, for which one compiled query serves every search alike (ADR 16).</summary>
[Flags]
internal enum SearchFilters
{
    None = 0,
    Congress = 1,
    Resolution = 2,
    Status = 4,
    Category = 8,
    Constituent = 16,
    Period = 32,
    ResolutionCode = 64,

    /// <summary>Words, through SQLite's full-text index.</summary>
    FullText = 128,

    /// <summary>Words on a server database: one condition per word, so no fixed shape.</summary>
    WordConditions = 256,

    /// <summary>Members of a region or category: a list of ids, so no fixed shape either.</summary>
    Members = 512,

    /// <summary>The filters run as ordinary queries, not compiled ones.</summary>
    Uncompiled = WordConditions | Members,
}

/// <summary>
/// A search's values, normalized, one property per filter (a filter not used keeps its default). The search's query
/// reads its values from here only, so a compiled query can take each property as a parameter (ADR 16).
/// </summary>
internal sealed partial class SearchArguments
{
    public SearchFilters Filters { get; private init; }

    /// <summary>Always true: "IsPublic = @public", not the bare column, lets SQLite read the publication-ordered indexes in order.</summary>
    public bool Public { get; private init; } = true;

    /// <summary>The congress with a space after it (<c>WCC 2020 </c>), the start of its resolutions' codes.</summary>
    public string CongressPrefix { get; private init; } = string.Empty;

    public Guid ResolutionId { get; private init; }

    public string Status { get; private init; } = string.Empty;

    /// <summary>The action category's bit in a report's <see cref="ProgressReport.CategoryMask"/>.</summary>
    public int CategoryBit { get; private init; }

    public Guid ConstituentId { get; private init; }

    public Guid PeriodId { get; private init; }

    /// <summary>A resolution code found in the text (<c>WCC 2016 Res 008</c>).</summary>
    public string ResolutionCode { get; private init; } = string.Empty;

    /// <summary>SQLite: the FTS5 query, every word as the start of a word (<c>"MANGROVE"* AND "DELTA"*</c>).</summary>
    public string FullTextQuery { get; private init; } = string.Empty;

    /// <summary>
    /// The Members of the region or category asked for: a report involving any of them matches (named in it, or one
    /// whose report it was compiled from, as for <see cref="ConstituentId"/>).
    /// </summary>
    public IReadOnlyList<Guid> MemberIds { get; private init; } = [];

    /// <summary>Server databases: the words, each tested on its own.</summary>
    public IReadOnlyList<string> Words { get; private init; } = [];

    public int Skip { get; init; }

    public int Take { get; init; }

    public bool Has(SearchFilters filter) => (Filters & filter) != 0;

    /// <summary>
    /// The search's arguments for the context's database (SQLite has the full-text index). <paramref name="members"/>
    /// are the Members of the region or category asked for, looked up beforehand.
    /// </summary>
    public static SearchArguments Of(ISearchRequest query, ReportingDbContext db, IReadOnlyList<Guid>? members = null) =>
        Of(query, fullTextIndex: db is SqliteReportingDbContext, members);

    public static SearchArguments Of(ISearchRequest query, bool fullTextIndex, IReadOnlyList<Guid>? members = null)
    {
        var filters = SearchFilters.None;
        string Use(SearchFilters filter, string value)
        {
            filters |= filter;
            return value;
        }

        Guid UseId(SearchFilters filter, Guid? value)
        {
            filters |= value is null ? SearchFilters.None : filter;
            return value ?? Guid.Empty;
        }

        // The congress as its words ("wcc-2016" is WCC 2016), followed by the space that ends it in a resolution code.
        var congressWords = WordPattern().Matches(SearchNormalizer.Normalize(query.Congress)).Select(m => m.Value).ToList();
        var congress = congressWords.Count == 0 ? string.Empty : Use(SearchFilters.Congress, string.Join(' ', congressWords) + " ");
        var status = string.IsNullOrWhiteSpace(query.Status) ? string.Empty : Use(SearchFilters.Status, query.Status);
        var category = string.IsNullOrWhiteSpace(query.Category) ? 0 : ReportVocabulary.CategoryBit(Use(SearchFilters.Category, query.Category));

        // A resolution code in the text ("WCC-2016-Res-008") means that resolution, not four words found everywhere. Two
        // different codes match no report: joined, they equal no code.
        var text = SearchNormalizer.Normalize(query.Q);
        var codes = new List<string>();
        foreach (var match in ResolutionCodePattern().Matches(text).ToList())
        {
            codes.Add($"WCC {match.Groups["year"].Value} {(match.Groups["kind"].Value == "REC" ? "Rec" : "Res")} {int.Parse(match.Groups["number"].Value, CultureInfo.InvariantCulture):000}");
            text = text.Replace(match.Value, " ", StringComparison.Ordinal);
        }

        var code = codes.Count == 0 ? string.Empty : Use(SearchFilters.ResolutionCode, string.Join(" & ", codes.Distinct()));

        // Every other word must occur, as the beginning of a word ("mangrove" finds "mangroves", "ape" does not find
        // "landscape"). SQLite: one full-text query intersects the words inside the engine. A report's indexed text
        // begins with its resolution code, so the congress is asked there too, as the text's first words: the index
        // then answers "these words in that congress" alone, without each match's report being read to test it.
        var words = WordPattern().Matches(text).Select(m => m.Value).Distinct().Take(8).ToList();
        var terms = words.Select(w => $"\"{w}\"*");
        if (congressWords.Count > 0)
        {
            terms = terms.Prepend($"^\"{string.Join(' ', congressWords)}\"");
        }

        var fullText = words.Count > 0 && fullTextIndex ? Use(SearchFilters.FullText, string.Join(" AND ", terms)) : string.Empty;
        filters |= words.Count > 0 && !fullTextIndex ? SearchFilters.WordConditions : SearchFilters.None;
        var resolution = UseId(SearchFilters.Resolution, query.ResolutionId);
        var constituent = UseId(SearchFilters.Constituent, query.ConstituentId);
        var period = UseId(SearchFilters.Period, query.PeriodId);
        filters |= members is null ? SearchFilters.None : SearchFilters.Members;
        return new SearchArguments
        {
            Filters = filters, CongressPrefix = congress, ResolutionId = resolution, Status = status, CategoryBit = category, ConstituentId = constituent,
            PeriodId = period, ResolutionCode = code, FullTextQuery = fullText, Words = fullTextIndex ? [] : words, MemberIds = members ?? [],
            Skip = (query.Page - 1) * query.PageSize, Take = query.PageSize,
        };
    }

    /// <summary>The words of a query: letters and digits (the full-text index splits on everything else too).</summary>
    [GeneratedRegex(@"[\p{L}\p{N}]+", RegexOptions.CultureInvariant)]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"\bWCC (?<year>\d{4}) (?<kind>RES|REC) (?<number>\d{1,3})\b", RegexOptions.CultureInvariant)]
    private static partial Regex ResolutionCodePattern();
}
