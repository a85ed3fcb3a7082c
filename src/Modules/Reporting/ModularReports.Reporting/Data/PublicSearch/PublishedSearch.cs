using System.Collections.Concurrent;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Query;
using CountFunction = System.Func<
    ModularReports.Reporting.Data.ReportingDbContext, bool, string, System.Guid, string, int, System.Guid, System.Guid, string, string, int, int, int>;
using CountQuery = System.Func<
    ModularReports.Reporting.Data.ReportingDbContext, bool, string, System.Guid, string, int, System.Guid, System.Guid, string, string, int, int,
    System.Threading.Tasks.Task<int>>;
using PageFunction = System.Func<
    ModularReports.Reporting.Data.ReportingDbContext, bool, string, System.Guid, string, int, System.Guid, System.Guid, string, string, int, int,
    System.Linq.IQueryable<ModularReports.Reporting.Data.PublicSearch.PublishedRow>>;
using PageQuery = System.Func<
    ModularReports.Reporting.Data.ReportingDbContext, bool, string, System.Guid, string, int, System.Guid, System.Guid, string, string, int, int,
    System.Collections.Generic.IAsyncEnumerable<ModularReports.Reporting.Data.PublicSearch.PublishedRow>>;

namespace ModularReports.Reporting.Data.PublicSearch;

/// <summary>A report of a search's page, before its resolution's title is added.</summary>
internal sealed class PublishedRow
{
    public Guid Id { get; init; }

    public Guid ResolutionId { get; init; }

    public required string ResolutionCode { get; init; }

    public Guid PeriodId { get; init; }

    public required string Period { get; init; }

    public string? ImplementationStatus { get; init; }

    public required List<string> ActionCategories { get; init; }

    public DateTime? PublishedAt { get; init; }
}

/// <summary>
/// Runs the public search's two queries (a page, and a capped count) compiled once per shape of search and database
/// model, instead of building, translating and looking up their expression trees on every request, a large share of
/// the endpoint's CPU (ADR 16). Words on a server database (one condition per word) and a region's or category's
/// Members (a list) have no fixed shape and run as ordinary queries.
/// </summary>
internal static class PublishedSearch
{
    public const int CountLimit = 1_000;

    private static readonly ConcurrentDictionary<(IModel Model, SearchFilters Shape), (PageQuery Page, CountQuery Count)> Compiled = new();

    /// <summary>The search's parameters, in the order of the compiled queries' arguments.</summary>
    private static readonly (string Name, Type Type)[] Arguments =
    [
        (nameof(SearchArguments.Public), typeof(bool)), (nameof(SearchArguments.CongressPrefix), typeof(string)),
        (nameof(SearchArguments.ResolutionId), typeof(Guid)), (nameof(SearchArguments.Status), typeof(string)),
        (nameof(SearchArguments.CategoryBit), typeof(int)), (nameof(SearchArguments.ConstituentId), typeof(Guid)),
        (nameof(SearchArguments.PeriodId), typeof(Guid)), (nameof(SearchArguments.ResolutionCode), typeof(string)),
        (nameof(SearchArguments.FullTextQuery), typeof(string)), (nameof(SearchArguments.Skip), typeof(int)), (nameof(SearchArguments.Take), typeof(int)),
    ];

    public static async Task<List<PublishedRow>> PageAsync(ReportingDbContext db, SearchArguments a, CancellationToken cancellationToken)
    {
        if (a.Has(SearchFilters.Uncompiled))
        {
            return await Page(db, SearchSelection.Of(db, a), a).ToListAsync(cancellationToken);
        }

        var rows = new List<PublishedRow>(a.Take);
        await foreach (var row in CompiledFor(db, a).Page(
            db, a.Public, a.CongressPrefix, a.ResolutionId, a.Status, a.CategoryBit, a.ConstituentId, a.PeriodId, a.ResolutionCode, a.FullTextQuery, a.Skip, a.Take)
            .WithCancellation(cancellationToken))
        {
            rows.Add(row);
        }

        return rows;
    }

    /// <summary>How many reports match, counting no further than one past <see cref="CountLimit"/>.</summary>
    public static Task<int> CountAsync(ReportingDbContext db, SearchArguments a, CancellationToken cancellationToken) =>
        a.Has(SearchFilters.Uncompiled)
            ? SearchSelection.Of(db, a).Ids().Take(CountLimit + 1).CountAsync(cancellationToken)
            : CompiledFor(db, a).Count(
                db, a.Public, a.CongressPrefix, a.ResolutionId, a.Status, a.CategoryBit, a.ConstituentId, a.PeriodId, a.ResolutionCode, a.FullTextQuery, a.Skip, a.Take);

    private static IQueryable<PublishedRow> Page(ReportingDbContext db, SearchSelection selection, SearchArguments a) =>
        SkipAndTake(selection.Ordered(), a)
            .Join(db.Periods, r => r.PeriodId, p => p.Id, (r, p) => new PublishedRow
            {
                Id = r.Id, ResolutionId = r.ResolutionId, ResolutionCode = r.ResolutionCode, PeriodId = r.PeriodId, Period = p.Name,
                ImplementationStatus = r.ImplementationStatus, ActionCategories = r.ActionCategories, PublishedAt = r.PublishedAt,
            });

    /// <summary>
    /// Skip(a.Skip).Take(a.Take), with the two values read from the arguments when the query runs: written as calls, C#
    /// would pass the numbers of the search that built the query, and a compiled query would keep them for every search.
    /// </summary>
    private static IQueryable<T> SkipAndTake<T>(IQueryable<T> source, SearchArguments a)
    {
        var arguments = Expression.Constant(a);
        var skipped = Expression.Call(typeof(Queryable), nameof(Queryable.Skip), [typeof(T)], source.Expression, Expression.Property(arguments, nameof(a.Skip)));
        return source.Provider.CreateQuery<T>(
            Expression.Call(typeof(Queryable), nameof(Queryable.Take), [typeof(T)], skipped, Expression.Property(arguments, nameof(a.Take))));
    }

    private static (PageQuery Page, CountQuery Count) CompiledFor(ReportingDbContext db, SearchArguments a) =>
        Compiled.GetOrAdd((db.Model, a.Filters), static (_, state) =>
        {
            var (db, a) = state;
            var selection = SearchSelection.Of(db, a);
            var context = Expression.Parameter(typeof(ReportingDbContext), "db");
            var parameters = Arguments.Select(x => Expression.Parameter(x.Type, x.Name)).ToArray();
            var page = Parameterized(Page(db, selection, a).Expression, parameters);
            var count = Expression.Call(
                typeof(Queryable), nameof(Queryable.Count), [typeof(Guid)], Parameterized(selection.Ids().Take(CountLimit + 1).Expression, parameters));
            return (
                EF.CompileAsyncQuery(Expression.Lambda<PageFunction>(page, [context, .. parameters])),
                EF.CompileAsyncQuery(Expression.Lambda<CountFunction>(count, [context, .. parameters])));
        }, (db, a));

    /// <summary>
    /// The query with each <see cref="SearchArguments"/> value it reads replaced by the parameter of that name, and its
    /// roots detached from the context that built it. Any other captured value would be frozen into every later search,
    /// so it is refused.
    /// </summary>
    private static Expression Parameterized(Expression query, ParameterExpression[] parameters) =>
        new ArgumentsAsParameters(parameters).Visit(query);

    private sealed class ArgumentsAsParameters(ParameterExpression[] parameters) : ExpressionVisitor
    {
        protected override Expression VisitMember(MemberExpression node)
        {
            if (node.Member.DeclaringType == typeof(SearchArguments))
            {
                return parameters.Single(p => p.Name == node.Member.Name);
            }

            return node.Expression is ConstantExpression
                ? throw new InvalidOperationException($"The search's query captures '{node.Member.Name}', which is not one of its arguments.")
                : base.VisitMember(node);
        }

        protected override Expression VisitExtension(Expression node) =>
            node is QueryRootExpression { QueryProvider: not null } root ? root.DetachQueryProvider() : base.VisitExtension(node);
    }
}
