using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore.Metadata;

namespace ModularReports.BuildingBlocks.Persistence;

/// <summary>
/// A query of one parameter that EF Core compiles once instead of building, translating and looking up its expression
/// tree on every call: for the reads on the hottest paths (a report by id on every action, ADR 15). Compiled once per
/// model, because a module's context has one model per database provider and a compiled query refuses another.
/// </summary>
public sealed class CompiledQuery<TContext, TParameter, TResult>(Expression<Func<TContext, TParameter, CancellationToken, TResult>> query)
    where TContext : DbContext
{
    private readonly ConcurrentDictionary<IModel, Func<TContext, TParameter, CancellationToken, Task<TResult>>> compiled = new();

    public Task<TResult> ExecuteAsync(TContext context, TParameter parameter, CancellationToken cancellationToken) =>
        compiled.GetOrAdd(context.Model, static (_, q) => EF.CompileAsyncQuery(q), query)(context, parameter, cancellationToken);
}
