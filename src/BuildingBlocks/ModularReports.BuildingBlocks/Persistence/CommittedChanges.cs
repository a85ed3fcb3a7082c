using System.Collections.Concurrent;
using ModularReports.BuildingBlocks.Hosting;

namespace ModularReports.BuildingBlocks.Persistence;

/// <summary>
/// The modules whose data this process committed since the other nodes were last told, and whether those commits
/// stored events: gathered here so that a burst of commits is told in one message (<see cref="PostgreSqlChangeRelay"/>).
/// With no relay (one node), the set holds at most one entry per module.
/// </summary>
public sealed class CommittedChanges : WakeSignal
{
    private readonly ConcurrentDictionary<string, bool> pending = new(StringComparer.Ordinal);

    public void Add(string schema, bool storedEvents)
    {
        pending.AddOrUpdate(schema, storedEvents, (_, stored) => stored || storedEvents);
        Notify();
    }

    /// <summary>Everything gathered so far, removed from the set.</summary>
    internal List<(string Schema, bool StoredEvents)> Take()
    {
        var taken = new List<(string, bool)>();
        foreach (var schema in pending.Keys)
        {
            if (pending.TryRemove(schema, out var storedEvents))
            {
                taken.Add((schema, storedEvents));
            }
        }

        return taken;
    }
}
