using Mediator;

namespace ModularReports.BuildingBlocks.Mediation;

/// <summary>
/// One transaction per command, on the DbContext of the module that defines the command: the change and the
/// outbox messages it raised commit together, or neither does. Queries pass straight through; a
/// <see cref="IVersionCheckedCommand"/> is made atomic by its single save instead.
/// </summary>
public sealed class TransactionBehavior<TMessage, TResponse>(IServiceProvider services, IEnumerable<ModuleDatabase> modules, AfterCommit afterCommit)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        if (message is not IBaseCommand or ICrossModuleCommand)
        {
            return await next(message, cancellationToken);
        }

        var module = modules.FirstOrDefault(m => m.ModuleAssembly == typeof(TMessage).Assembly);
        if (module is null)
        {
            var result = await next(message, cancellationToken);
            await afterCommit.RunAsync(cancellationToken);
            return result;
        }

        var db = (ModuleDbContext)services.GetRequiredService(module.ContextType);
        if (db.Database.CurrentTransaction is not null)
        {
            // A command sent from inside another command of the same module joins its transaction.
            return await next(message, cancellationToken);
        }

        if (message is IVersionCheckedCommand)
        {
            return await VersionCheckedAsync(db, message, next, cancellationToken);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var response = await next(message, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await afterCommit.RunAsync(cancellationToken);
        return response;
    }

    /// <summary>
    /// Its one SaveChanges is its transaction (the change and its outbox messages commit together). When another unit of
    /// work changed the aggregate between its read and its save, it is decided once more on what is there now (its own
    /// checks, e.g. If-Match or the workflow, then refuse what no longer applies): a person's submit must not fail because
    /// their own editor saved a moment earlier. Either way nothing of a failed attempt stays tracked, so whoever renders
    /// the aggregate next reads it from the database.
    /// </summary>
    private async ValueTask<TResponse> VersionCheckedAsync(
        ModuleDbContext db, TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        // One connection for the command's reads and its save, instead of one taken from the pool and given back for each
        // (on SQLite every open registers the provider's functions on the native connection again).
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    var response = await next(message, cancellationToken);
                    await db.SaveChangesAsync(cancellationToken);
                    await afterCommit.RunAsync(cancellationToken);
                    return response;
                }
                catch (Exception exception)
                {
                    db.ChangeTracker.Clear();
                    afterCommit.Discard();
                    if (exception is not DbUpdateConcurrencyException || attempt > 1)
                    {
                        throw;
                    }
                }
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
