using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ModularReports.BuildingBlocks.Hosting;
using ModularReports.BuildingBlocks.Messaging;
using Npgsql;

namespace ModularReports.BuildingBlocks.Persistence;

/// <summary>
/// Keeps the nodes of a deployment on one PostgreSQL database in step through the database's own notifications
/// (LISTEN/NOTIFY; ADR 33). Each node tells the others which modules' data it committed, and they drop what they cached
/// of those modules at once. A node that does not dispatch events itself also wakes the others' dispatchers, so its
/// events leave as soon as they are committed. A notification missed while the listening connection was down is made up
/// for when it is back: every cached answer is dropped and the dispatcher looks at once. So is anything cached before
/// the first LISTEN: the node serves requests while the relay starts. The listening connection is a session of its own,
/// so it needs a direct connection to the server (not through a pooler in transaction mode).
/// </summary>
internal sealed partial class PostgreSqlChangeRelay(
    DatabaseOptions database,
    IEnumerable<ModuleDatabase> modules,
    CommittedChanges changes,
    OutboxSignal outbox,
    IOptions<OutboxOptions> outboxOptions,
    ILogger<PostgreSqlChangeRelay> logger) : BackgroundService
{
    /// <summary>Notifications are per database, so one name serves every deployment.</summary>
    internal const string Channel = "modularreports_changes";

    private static readonly TimeSpan FirstRetry = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan LastRetry = TimeSpan.FromSeconds(30);

    private readonly string node = Guid.NewGuid().ToString("N");

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(ListenAsync(stoppingToken), TellAsync(stoppingToken));

    private async Task ListenAsync(CancellationToken stoppingToken)
    {
        var listener = new NpgsqlConnectionStringBuilder(database.ConnectionString)
        {
            Pooling = false, // held for the life of the process
            Multiplexing = false, // notifications arrive on a session of its own
            KeepAlive = 10, // a server that went away is noticed, and the connection made again
        }.ConnectionString;
        var schemas = modules.Select(m => m.Schema).ToList();
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = new NpgsqlConnection(listener);
                await connection.OpenAsync(stoppingToken);
                connection.Notification += (_, e) => Heard(e.Payload);
                await using (var listen = new NpgsqlCommand($"LISTEN {Channel}", connection))
                {
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                }

                // What was cached before this LISTEN may have missed news.
                foreach (var schema in schemas)
                {
                    ModuleDbContext.DataChanged(schema);
                }

                outbox.Notify();
                if (failures > 0)
                {
                    LogListeningAgain(logger);
                }

                failures = 0;
                while (true)
                {
                    await connection.WaitAsync(stoppingToken);
                }
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                failures++;
                LogListenFailed(logger, ex, failures);
                await DelayAsync(Backoff.Doubling(FirstRetry, LastRetry, failures), stoppingToken);
            }
        }
    }

    private async Task TellAsync(CancellationToken stoppingToken)
    {
        await using var source = NpgsqlDataSource.Create(database.ConnectionString);
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            await changes.WaitAsync(Timeout.InfiniteTimeSpan, stoppingToken);
            var committed = changes.Take();
            if (committed.Count == 0)
            {
                continue;
            }

            try
            {
                await using var notify = source.CreateCommand("SELECT pg_notify(@channel, @payload)");
                notify.Parameters.AddWithValue("channel", Channel);
                notify.Parameters.AddWithValue("payload", Payload(committed));
                await notify.ExecuteNonQueryAsync(stoppingToken);
                failures = 0;
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                // Told with the next commit's news; meanwhile the others' caches lapse and their dispatchers poll.
                foreach (var (schema, storedEvents) in committed)
                {
                    changes.Add(schema, storedEvents);
                }

                failures++;
                LogTellFailed(logger, ex, failures);
                await DelayAsync(Backoff.Doubling(FirstRetry, LastRetry, failures), stoppingToken);
            }
        }
    }

    /// <summary>
    /// "node schema schema! ...": a schema marked "!" committed events that this node leaves to the others' dispatchers.
    /// A node that dispatches sends its own events at once; waking every other dispatcher too would only have them race
    /// for the same rows.
    /// </summary>
    private string Payload(List<(string Schema, bool StoredEvents)> committed)
    {
        var wakeOthers = !outboxOptions.Value.Dispatch;
        return node + " " + string.Join(' ', committed.Select(c => c.StoredEvents && wakeOthers ? c.Schema + "!" : c.Schema));
    }

    private void Heard(string payload)
    {
        var parts = payload.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0 || parts[0] == node)
        {
            return; // this node's own news, already known here
        }

        foreach (var part in parts.Skip(1))
        {
            var schema = part.TrimEnd('!');
            ModuleDbContext.DataChanged(schema);
            if (part.Length != schema.Length)
            {
                outbox.Notify();
            }
        }
    }

    private static async Task DelayAsync(TimeSpan delay, CancellationToken stoppingToken)
    {
        try
        {
            await Task.Delay(delay, stoppingToken);
        }
        catch (OperationCanceledException)
        {
            // Stopping.
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Listening for other nodes' changes failed (attempt {Failures}); their changes reach this node's caches late until it is back")]
    private static partial void LogListenFailed(ILogger logger, Exception exception, int failures);

    [LoggerMessage(Level = LogLevel.Information, Message = "Listening for other nodes' changes again; every cached answer was dropped")]
    private static partial void LogListeningAgain(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Telling other nodes of this node's changes failed (attempt {Failures})")]
    private static partial void LogTellFailed(ILogger logger, Exception exception, int failures);
}
