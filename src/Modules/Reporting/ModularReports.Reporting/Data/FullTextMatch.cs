using Microsoft.EntityFrameworkCore.Query.SqlExpressions;

namespace ModularReports.Reporting.Data;

/// <summary>
/// SQLite's full-text test in a LINQ query: <c>match(query, column)</c>, the function form of <c>column MATCH query</c>,
/// which FTS5 answers from its index just the same. A function rather than raw SQL, so that queries using it compile
/// once like any other (the public search, ADR 16).
/// </summary>
internal static class FullTextMatch
{
    /// <summary>Whether the full-text row's <paramref name="column"/> matches the FTS5 <paramref name="query"/>.</summary>
    public static bool Matches(string column, string query) => throw new InvalidOperationException("Only for queries on SQLite.");

    public static void Register(ModelBuilder modelBuilder) =>
        modelBuilder.HasDbFunction(typeof(FullTextMatch).GetMethod(nameof(Matches))!)
            .HasTranslation(arguments => new SqlFunctionExpression(
                "match", [arguments[1], arguments[0]], nullable: false, argumentsPropagateNullability: [false, false], typeof(bool), typeMapping: null));
}
