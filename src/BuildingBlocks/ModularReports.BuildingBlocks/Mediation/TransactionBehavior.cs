using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ModularReports.BuildingBlocks.Persistence;

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
            // Its one SaveChanges is its transaction (the change and its outbox messages commit together).
            var saved = await next(message, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await afterCommit.RunAsync(cancellationToken);
            return saved;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var response = await next(message, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await afterCommit.RunAsync(cancellationToken);
        return response;
    }
}
