using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ModularReports.BuildingBlocks.Hosting;

namespace ModularReports.BuildingBlocks.Messaging;

/// <summary>Bound from <c>Messaging:Retention</c>.</summary>
public sealed class MessageRetentionOptions
{
    /// <summary>How long a delivered event (every consumer recorded it) stays in its outbox, to see what was sent, and when.</summary>
    public TimeSpan SentMessages { get; set; } = TimeSpan.FromDays(7);

    /// <summary>
    /// How long a consumer remembers a message it processed. A redelivery after this would be processed again, so it
    /// is far longer than any broker keeps a message unacknowledged.
    /// </summary>
    public TimeSpan ProcessedMessages { get; set; } = TimeSpan.FromDays(30);

    /// <summary>Rows per delete: each delete is a short write, so SQLite's single writer is never held for long.</summary>
    public int ChunkSize { get; set; } = 2_000;
}

/// <summary>
/// Every module's outbox and inbox tables grow by a row per event and consumer; without pruning they grow forever, and
/// every dispatch and duplicate check works on a larger table. Once a day this deletes delivered events and processed-message
/// records older than <see cref="MessageRetentionOptions"/>, in chunks. Events not yet delivered are never deleted, however old.
/// </summary>
internal sealed partial class MessageRetentionTask(
    IServiceProvider services, IEnumerable<ModuleDatabase> modules, IOptions<MessageRetentionOptions> options, TimeProvider clock,
    ILogger<MessageRetentionTask> logger) : IRecurringTask
{
    public string Name => "messaging-retention";

    public string Cron => "30 3 * * *";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var now = clock.GetUtcNow().UtcDateTime;
        var sentBefore = now - settings.SentMessages;
        var processedBefore = now - settings.ProcessedMessages;
        foreach (var module in modules)
        {
            var db = (ModuleDbContext)services.GetRequiredService(module.ContextType);
            var sent = await InChunksAsync(
                () => db.OutboxMessages.Where(m => m.ConsumedAt != null && m.ConsumedAt < sentBefore).OrderBy(m => m.ConsumedAt).Take(settings.ChunkSize)
                    .ExecuteDeleteAsync(cancellationToken),
                settings.ChunkSize);
            var processed = await InChunksAsync(
                () => db.InboxMessages.Where(m => m.ProcessedAt < processedBefore).OrderBy(m => m.ProcessedAt).Take(settings.ChunkSize)
                    .ExecuteDeleteAsync(cancellationToken),
                settings.ChunkSize);
            if (sent + processed > 0)
            {
                LogPruned(logger, module.Schema, sent, processed);
            }
        }
    }

    private static async Task<int> InChunksAsync(Func<Task<int>> deleteChunk, int chunkSize)
    {
        var total = 0;
        int deleted;
        do
        {
            deleted = await deleteChunk();
            total += deleted;
        }
        while (deleted == chunkSize);

        return total;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Pruned module {Schema}: {Sent} sent events, {Processed} processed-message records")]
    private static partial void LogPruned(ILogger logger, string schema, int sent, int processed);
}
