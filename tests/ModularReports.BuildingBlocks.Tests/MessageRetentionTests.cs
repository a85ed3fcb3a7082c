using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ModularReports.BuildingBlocks.Hosting;
using ModularReports.BuildingBlocks.Messaging;
using ModularReports.BuildingBlocks.Persistence;
using ModularReports.BuildingBlocks.Tests.NotesModule;
using ModularReports.Testing;

namespace ModularReports.BuildingBlocks.Tests;

public sealed class MessageRetentionTests
{
    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Old_delivered_events_and_old_inbox_records_are_pruned_in_chunks_and_nothing_else(DatabaseProvider provider)
    {
        Providers.RequireAvailable(provider);
        // Chunks of two, so five old rows take three deletes.
        await using var app = await NotesApp.StartAsync(provider, TimeSpan.FromMinutes(5), new Dictionary<string, string?>
        {
            ["Messaging:Retention:ChunkSize"] = "2",
        });
        var now = DateTime.UtcNow;
        var oldSent = Enumerable.Range(0, 5).Select(i => Outbox(now.AddDays(-10 - i), sentAt: now.AddDays(-8 - i), consumed: true)).ToList();
        var recentSent = Outbox(now.AddDays(-2), sentAt: now.AddDays(-1), consumed: true);
        // Never sent, or sent and never seen consumed (their next look is tomorrow, so the dispatcher leaves them too):
        // kept however old.
        var oldUnsent = Outbox(now.AddDays(-60), sentAt: null, consumed: false);
        var oldUnconsumed = Outbox(now.AddDays(-60), sentAt: now.AddDays(-59), consumed: false);
        var oldProcessed = Enumerable.Range(0, 5).Select(i => Inbox(now.AddDays(-31 - i))).ToList();
        var recentProcessed = Inbox(now.AddDays(-2));
        await app.QueryAsync(async db =>
        {
            db.OutboxMessages.AddRange([.. oldSent, recentSent, oldUnsent, oldUnconsumed]);
            db.InboxMessages.AddRange([.. oldProcessed, recentProcessed]);
            return await db.SaveChangesAsync();
        });

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var task = scope.ServiceProvider.GetServices<IRecurringTask>().Single(t => t.Name == "messaging-retention");
            Assert.Equal("30 3 * * *", task.Cron);
            await task.RunAsync(CancellationToken.None);
        }

        var outbox = await app.QueryAsync(db => db.OutboxMessages.Select(m => m.Id).ToListAsync());
        var inbox = await app.QueryAsync(db => db.InboxMessages.Select(m => m.MessageId).ToListAsync());
        Assert.Equal(new[] { recentSent.Id, oldUnsent.Id, oldUnconsumed.Id }.Order(), outbox.Order());
        Assert.Equal([recentProcessed.MessageId], inbox);
    }

    private static OutboxMessage Outbox(DateTime occurredAt, DateTime? sentAt, bool consumed) => new()
    {
        Id = Guid.CreateVersion7(), Type = "Test.Event, Test", Payload = "{}", OccurredAt = occurredAt, SentAt = sentAt,
        ConsumedAt = consumed ? sentAt : null, NextAttemptAt = consumed ? occurredAt : DateTime.UtcNow.AddDays(1),
    };

    private static InboxMessage Inbox(DateTime processedAt) => new() { MessageId = Guid.NewGuid(), Consumer = "Test.Consumer", ProcessedAt = processedAt };
}
