namespace ModularReports.BuildingBlocks.Mediation;

/// <summary>
/// Work a command wants done only once its transaction has committed, typically writing to another module's store
/// (on SQLite two connections cannot both hold the write lock). Run by <see cref="TransactionBehavior{TMessage,TResponse}"/>;
/// lost if the process stops between the commit and the run, so use it only for what can be recovered or redone.
/// </summary>
public sealed class AfterCommit
{
    private readonly List<Func<CancellationToken, Task>> actions = [];

    public void Add(Func<CancellationToken, Task> action) => actions.Add(action);

    /// <summary>Forgets what a unit of work that did not commit asked for.</summary>
    internal void Discard() => actions.Clear();

    internal async Task RunAsync(CancellationToken cancellationToken)
    {
        var pending = actions.ToList();
        actions.Clear();
        foreach (var action in pending)
        {
            await action(cancellationToken);
        }
    }
}
