using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ModularReports.BuildingBlocks.Messaging;
using ModularReports.BuildingBlocks.Persistence;
using ModularReports.BuildingBlocks.Tests.NotesModule;
using ModularReports.Testing;

namespace ModularReports.BuildingBlocks.Tests;

public sealed class OutboxTests(Xunit.Abstractions.ITestOutputHelper output)
{
    // Long enough that only the commit signal can explain a quick delivery.
    private static readonly TimeSpan SlowPoll = TimeSpan.FromSeconds(30);

    [SkippableTheory]
    [MemberData(nameof(Stacks.Messaging), MemberType = typeof(Stacks))]
    public async Task A_committed_event_is_delivered_soon_after_commit_and_marked_sent(string stack)
    {
        Stacks.RequireAvailable(stack);
        await using var app = await NotesApp.StartAsync(stack, SlowPoll);

        // The first command pays for warm-up (JIT, EF model, first publish); the second shows the steady state.
        var (noteId, cold) = await AddNoteAndAwaitEffectAsync(app, "Réunion à Marseille");
        var (_, warm) = await AddNoteAndAwaitEffectAsync(app, "Reunión en Cartagena");
        output.WriteLine($"{stack}: command to consumer effect in {cold.TotalMilliseconds:0} ms cold, {warm.TotalMilliseconds:0} ms warm (poll {SlowPoll.TotalSeconds} s)");
        // Cold start on a busy CI machine (projects run in parallel) can take seconds; a third of the poll interval still
        // proves the commit signal woke the dispatcher.
        Assert.True(cold < SlowPoll / 3, $"delivery took {cold.TotalMilliseconds:0} ms; the dispatcher waited for a poll");
        Assert.True(warm < TimeSpan.FromSeconds(2), $"delivery took {warm.TotalMilliseconds:0} ms; the dispatcher waited for a poll");

        Assert.True(await Eventually.HoldsAsync(
            () => app.QueryAsync(db => db.OutboxMessages.AllAsync(m => m.SentAt != null)), TimeSpan.FromSeconds(5)));
        var message = await app.QueryAsync(db => db.OutboxMessages.OrderBy(m => m.OccurredAt).FirstAsync());
        Assert.Equal(0, message.Attempts);
        Assert.Contains("Réunion à Marseille", message.Payload, StringComparison.Ordinal);
        Assert.Contains(noteId.ToString(), message.Payload, StringComparison.Ordinal);
    }

    private static async Task<(Guid NoteId, TimeSpan Elapsed)> AddNoteAndAwaitEffectAsync(NotesApp app, string text)
    {
        var started = Stopwatch.StartNew();
        var response = await app.Client.PostAsJsonAsync("/notes", new { text });
        response.EnsureSuccessStatusCode();
        var noteId = await response.Content.ReadFromJsonAsync<Guid>();
        Assert.True(
            await Eventually.HoldsAsync(() => app.QueryAsync(db => db.Effects.AnyAsync(e => e.NoteId == noteId)), TimeSpan.FromSeconds(5)),
            "the consumer never saw the event");
        return (noteId, started.Elapsed);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task An_event_raised_in_a_rolled_back_transaction_is_never_delivered(DatabaseProvider provider)
    {
        Providers.RequireAvailable(provider);
        await using var app = await NotesApp.StartAsync(provider, TimeSpan.FromMilliseconds(100));

        var failed = await app.Client.PostAsJsonAsync("/notes", new { text = "doomed", failAfterSaving = true });
        Assert.Equal(HttpStatusCode.InternalServerError, failed.StatusCode);

        // A later command's event arriving shows the dispatcher has had its chances at the earlier one.
        var ok = await app.Client.PostAsJsonAsync("/notes", new { text = "kept" });
        var keptId = await ok.Content.ReadFromJsonAsync<Guid>();
        Assert.True(await Eventually.HoldsAsync(
            () => app.QueryAsync(db => db.Effects.AnyAsync(e => e.NoteId == keptId)), TimeSpan.FromSeconds(5)));
        await Task.Delay(300);

        Assert.Equal(["kept"], await app.QueryAsync(db => db.Notes.Select(n => n.Text).ToListAsync()));
        Assert.Equal(1, await app.QueryAsync(db => db.OutboxMessages.CountAsync()));
        Assert.Equal(1, await app.QueryAsync(db => db.Effects.CountAsync()));
    }

    [SkippableTheory]
    [MemberData(nameof(Stacks.Messaging), MemberType = typeof(Stacks))]
    public async Task A_message_delivered_twice_has_its_effect_once(string stack)
    {
        Stacks.RequireAvailable(stack);
        await using var app = await NotesApp.StartAsync(stack, TimeSpan.FromMilliseconds(100));
        var bus = app.Services.GetRequiredService<IBus>();
        var messageId = Guid.NewGuid();
        var noteId = Guid.NewGuid();
        var message = new NoteAdded(noteId, "twice", DateTimeOffset.UtcNow);

        // Two deliveries at the same time, then a third later: the inbox lets exactly one through.
        await Task.WhenAll(
            bus.Publish(message, c => c.MessageId = messageId),
            bus.Publish(message, c => c.MessageId = messageId));
        Assert.True(await Eventually.HoldsAsync(
            () => app.QueryAsync(db => db.InboxMessages.AnyAsync(m => m.MessageId == messageId)), TimeSpan.FromSeconds(10)));
        await bus.Publish(message, c => c.MessageId = messageId);
        await Task.Delay(1000);

        Assert.Equal(1, await app.QueryAsync(db => db.Effects.CountAsync(e => e.NoteId == noteId)));
        Assert.Equal(1, await app.QueryAsync(db => db.InboxMessages.CountAsync(m => m.MessageId == messageId)));
    }

    [SkippableTheory]
    [MemberData(nameof(Stacks.Messaging), MemberType = typeof(Stacks))]
    public async Task A_bad_message_in_a_batch_does_not_hold_back_the_others(string stack)
    {
        Stacks.RequireAvailable(stack);
        await using var app = await NotesApp.StartAsync(stack, TimeSpan.FromMilliseconds(100));
        var bus = app.Services.GetRequiredService<IBus>();
        var (good, bad, alsoGood) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());

        // Published together, so the consumer takes them as one batch.
        await Task.WhenAll(
            bus.Publish(new NoteAdded(good, "fine", DateTimeOffset.UtcNow)),
            bus.Publish(new NoteAdded(bad, NoteAddedConsumer.Poison, DateTimeOffset.UtcNow)),
            bus.Publish(new NoteAdded(alsoGood, "also fine", DateTimeOffset.UtcNow)));

        Assert.True(await Eventually.HoldsAsync(
            () => app.QueryAsync(db => db.Effects.CountAsync(e => e.NoteId == good || e.NoteId == alsoGood)).ContinueWith(t => t.Result == 2),
            TimeSpan.FromSeconds(5)));
        Assert.Equal(2, await app.QueryAsync(db => db.InboxMessages.CountAsync()));
        Assert.False(await app.QueryAsync(db => db.Effects.AnyAsync(e => e.NoteId == bad)));
    }

    [SkippableTheory]
    [MemberData(nameof(Stacks.Messaging), MemberType = typeof(Stacks))]
    public async Task A_message_dispatched_again_after_a_crash_has_its_effect_once(string stack)
    {
        Stacks.RequireAvailable(stack);
        await using var app = await NotesApp.StartAsync(stack, TimeSpan.FromMilliseconds(100));
        var response = await app.Client.PostAsJsonAsync("/notes", new { text = "sent, but the mark was lost" });
        var noteId = await response.Content.ReadFromJsonAsync<Guid>();
        Assert.True(await Eventually.HoldsAsync(
            () => app.QueryAsync(db => db.OutboxMessages.AllAsync(m => m.SentAt != null)), TimeSpan.FromSeconds(5)));

        // As if the process died after publishing but before recording it: the dispatcher publishes again.
        await app.QueryAsync(db => db.OutboxMessages.ExecuteUpdateAsync(s => s
            .SetProperty(m => m.SentAt, (DateTime?)null).SetProperty(m => m.ConsumedAt, (DateTime?)null).SetProperty(m => m.NextAttemptAt, m => m.OccurredAt)));
        Assert.True(await Eventually.HoldsAsync(
            () => app.QueryAsync(db => db.OutboxMessages.AllAsync(m => m.SentAt != null)), TimeSpan.FromSeconds(5)));
        await Task.Delay(500);

        Assert.Equal(1, await app.QueryAsync(db => db.Effects.CountAsync(e => e.NoteId == noteId)));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task An_event_the_in_memory_bus_held_when_its_process_stopped_is_delivered_once_after_the_restart(DatabaseProvider provider)
    {
        Providers.RequireAvailable(provider);
        await using var database = await TestDatabase.CreateAsync(provider);
        var noteId = Guid.NewGuid();
        await using (var before = await NotesApp.RestartAsync(database, SlowPoll))
        {
            // A first event through, so that the dispatcher is past its start-up pass before the row below exists.
            await AddNoteAndAwaitEffectAsync(before, "first");
            // Handed to the bus a moment before the process ended: marked sent, waiting for its consumers, never consumed.
            var now = DateTime.UtcNow;
            await before.QueryAsync(async db =>
            {
                db.OutboxMessages.Add(new OutboxMessage
                {
                    Id = Guid.CreateVersion7(), Type = OutboxMessage.TypeNameOf(typeof(NoteAdded)),
                    Payload = $$"""{"noteId":"{{noteId}}","text":"in flight","occurredAt":"{{now:O}}"}""",
                    OccurredAt = now, SentAt = now, NextAttemptAt = now.AddMinutes(2),
                });
                return await db.SaveChangesAsync();
            });
        }

        // Not after the two minutes a sent event is given, nor at the next poll: at start-up.
        await using var after = await NotesApp.RestartAsync(database, SlowPoll);
        Assert.True(await Eventually.HoldsAsync(() => after.QueryAsync(db => db.Effects.AnyAsync(e => e.NoteId == noteId)), TimeSpan.FromSeconds(10)));
        await Task.Delay(300);
        Assert.Equal(1, await after.QueryAsync(db => db.Effects.CountAsync(e => e.NoteId == noteId)));
        Assert.Equal(1, (await after.QueryAsync(db => db.OutboxMessages.AsNoTracking().SingleAsync(m => m.Payload.Contains("in flight")))).Redeliveries);
    }

    [SkippableTheory]
    [MemberData(nameof(Stacks.Messaging), MemberType = typeof(Stacks))]
    public async Task An_event_whose_consumer_faulted_is_handed_over_again_until_it_is_consumed_once(string stack)
    {
        Stacks.RequireAvailable(stack);
        await using var app = await NotesApp.StartAsync(stack, TimeSpan.FromMilliseconds(100), new Dictionary<string, string?>
        {
            ["Messaging:Outbox:RedeliverAfter"] = "00:00:01",
        });
        var text = $"consumer down {Guid.NewGuid():N}";
        NoteAddedConsumer.FailingForNow[text] = true;
        var response = await app.Client.PostAsJsonAsync("/notes", new { text });
        var noteId = await response.Content.ReadFromJsonAsync<Guid>();

        // The bus retries and gives up (a fault); the dispatcher hands it over again, and again, while the consumer fails.
        Assert.True(await Eventually.HoldsAsync(
            () => app.QueryAsync(db => db.OutboxMessages.AnyAsync(m => m.Redeliveries >= 2)), TimeSpan.FromSeconds(30)));
        Assert.False(await app.QueryAsync(db => db.Effects.AnyAsync(e => e.NoteId == noteId)));
        var waiting = await app.QueryAsync(db => db.OutboxMessages.AsNoTracking().SingleAsync());
        Assert.Null(waiting.ConsumedAt);
        Assert.Contains(nameof(NoteAddedConsumer), waiting.LastError, StringComparison.Ordinal);

        NoteAddedConsumer.FailingForNow.TryRemove(text, out _);
        Assert.True(await Eventually.HoldsAsync(
            () => app.QueryAsync(db => db.OutboxMessages.AnyAsync(m => m.ConsumedAt != null)), TimeSpan.FromSeconds(30)));
        Assert.Equal(1, await app.QueryAsync(db => db.Effects.CountAsync(e => e.NoteId == noteId)));
    }

    [SkippableTheory]
    [MemberData(nameof(Stacks.Messaging), MemberType = typeof(Stacks))]
    public async Task A_consumed_event_is_marked_delivered_and_never_handed_over_again(string stack)
    {
        Stacks.RequireAvailable(stack);
        await using var app = await NotesApp.StartAsync(stack, TimeSpan.FromMilliseconds(100), new Dictionary<string, string?>
        {
            ["Messaging:Outbox:RedeliverAfter"] = "00:00:02",
        });
        var response = await app.Client.PostAsJsonAsync("/notes", new { text = "consumed at once" });
        var noteId = await response.Content.ReadFromJsonAsync<Guid>();

        Assert.True(await Eventually.HoldsAsync(
            () => app.QueryAsync(db => db.OutboxMessages.AnyAsync(m => m.ConsumedAt != null)), TimeSpan.FromSeconds(15)));
        await Task.Delay(1000); // several more checks would have come, had it been left waiting

        var message = await app.QueryAsync(db => db.OutboxMessages.AsNoTracking().SingleAsync());
        Assert.Equal(0, message.Redeliveries);
        Assert.True(message.ConsumedAt >= message.SentAt);
        Assert.Equal(1, await app.QueryAsync(db => db.Effects.CountAsync(e => e.NoteId == noteId)));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_message_that_cannot_be_published_is_retried_with_growing_delays(DatabaseProvider provider)
    {
        Providers.RequireAvailable(provider);
        await using var app = await NotesApp.StartAsync(provider, TimeSpan.FromMilliseconds(50));
        var now = DateTime.UtcNow;
        await app.QueryAsync(async db =>
        {
            db.OutboxMessages.Add(new OutboxMessage
            {
                Id = Guid.NewGuid(),
                Type = "ModularReports.Gone.EventThatNoLongerExists, ModularReports.Gone",
                Payload = "{}",
                OccurredAt = now,
                NextAttemptAt = now,
            });
            return await db.SaveChangesAsync();
        });

        Assert.True(await Eventually.HoldsAsync(
            () => app.QueryAsync(db => db.OutboxMessages.AnyAsync(m => m.Attempts >= 2)), TimeSpan.FromSeconds(5)));
        var message = await app.QueryAsync(db => db.OutboxMessages.AsNoTracking().SingleAsync());
        Assert.Null(message.SentAt);
        Assert.NotNull(message.LastError);
        Assert.Null(message.LockedUntil);
        // Second failure waits twice the first delay (0.2 s, then 0.4 s), and so on up to the cap.
        Assert.True(message.NextAttemptAt > DateTime.UtcNow.AddMilliseconds(-50));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_hand_over_the_bus_never_answers_is_given_up_released_and_made_again(DatabaseProvider provider)
    {
        Providers.RequireAvailable(provider);
        await using var app = await NotesApp.StartAsync(provider, TimeSpan.FromMilliseconds(200), new Dictionary<string, string?>
        {
            ["Messaging:Outbox:LockDuration"] = "00:00:02",
        });
        var broker = new UnansweredPublishes();
        using var observing = app.Services.GetRequiredService<IBus>().ConnectPublishObserver(broker);

        // The publish waits for an answer that never comes, deaf to its cancellation, as the RabbitMQ client's may after a
        // lost connection: the dispatcher gives it up half-way through the claim, records why and releases the message,
        // due again at once rather than after a growing delay.
        var response = await app.Client.PostAsJsonAsync("/notes", new { text = "Unanswered" });
        response.EnsureSuccessStatusCode();
        var noteId = await response.Content.ReadFromJsonAsync<Guid>();
        Assert.True(await Eventually.HoldsAsync(
            () => app.QueryAsync(db => db.OutboxMessages.AnyAsync(m => m.LastError != null && m.LockId == null)), TimeSpan.FromSeconds(10)),
            "the dispatcher is still waiting for the bus");
        var message = await app.QueryAsync(db => db.OutboxMessages.AsNoTracking().SingleAsync());
        Assert.Null(message.SentAt);
        Assert.Equal(0, message.Attempts);
        Assert.Contains("had not taken the message", message.LastError, StringComparison.Ordinal);

        // The bus answers again: the message is handed over, and its effect happens once, however many hand-overs arrive.
        broker.Answer();
        Assert.True(await Eventually.HoldsAsync(
            () => app.QueryAsync(db => db.Effects.AnyAsync(e => e.NoteId == noteId)), TimeSpan.FromSeconds(10)));
        Assert.True(await Eventually.HoldsAsync(
            () => app.QueryAsync(db => db.OutboxMessages.AllAsync(m => m.SentAt != null)), TimeSpan.FromSeconds(10)));
        Assert.Equal(1, await app.QueryAsync(db => db.Effects.CountAsync(e => e.NoteId == noteId)));
    }

    /// <summary>Holds every publish until <see cref="Answer"/>, whatever its cancellation says.</summary>
    private sealed class UnansweredPublishes : IPublishObserver
    {
        private readonly TaskCompletionSource answered = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public void Answer() => answered.TrySetResult();

        public Task PrePublish<T>(PublishContext<T> context)
            where T : class => answered.Task;

        public Task PostPublish<T>(PublishContext<T> context)
            where T : class => Task.CompletedTask;

        public Task PublishFault<T>(PublishContext<T> context, Exception exception)
            where T : class => Task.CompletedTask;
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task An_instance_that_does_not_dispatch_leaves_its_events_for_one_that_does(DatabaseProvider provider)
    {
        Providers.RequireAvailable(provider);
        await using var app = await NotesApp.StartAsync(
            provider, TimeSpan.FromMilliseconds(50), new Dictionary<string, string?> { ["Messaging:Outbox:Dispatch"] = "false" });
        var response = await app.Client.PostAsJsonAsync("/notes", new { text = "served here, published elsewhere" });
        var noteId = await response.Content.ReadFromJsonAsync<Guid>();

        // Many polls and the commit's signal later, nothing has gone out.
        await Task.Delay(500);
        Assert.Null((await app.QueryAsync(db => db.OutboxMessages.AsNoTracking().SingleAsync())).SentAt);
        Assert.False(await app.QueryAsync(db => db.Effects.AnyAsync()));

        // A dispatching instance of the same database (its dispatcher, called as its loop would) publishes it.
        var dispatcher = app.Services.GetServices<Microsoft.Extensions.Hosting.IHostedService>().OfType<OutboxDispatcher>().Single();
        Assert.Equal(1, await dispatcher.DispatchBatchAsync(app.Services.GetRequiredService<ModuleDatabase>(), CancellationToken.None));
        Assert.True(await Eventually.HoldsAsync(() => app.QueryAsync(db => db.Effects.AnyAsync(e => e.NoteId == noteId)), TimeSpan.FromSeconds(5)));
    }

    [Fact]
    public async Task The_next_batch_is_read_in_the_index_order_without_sorting_the_backlog()
    {
        await using var app = await NotesApp.StartAsync(DatabaseProvider.Sqlite, SlowPoll);

        var plan = await app.QueryAsync(db => QueryPlan.OfAsync(db, OutboxDispatcher.Due(db, DateTime.UtcNow, 50)));

        // A sort would read every unsent message for each batch: draining a backlog would be quadratic.
        Assert.Contains("USING INDEX", plan, StringComparison.Ordinal);
        Assert.DoesNotContain("TEMP B-TREE", plan, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_batch_is_claimed_by_its_ids_without_reading_the_backlog()
    {
        await using var app = await NotesApp.StartAsync(DatabaseProvider.Sqlite, SlowPoll);
        var batch = Enumerable.Range(0, 100).Select(_ => Guid.CreateVersion7()).ToList();

        var plan = await app.QueryAsync(db => QueryPlan.OfAsync(db, OutboxDispatcher.Claimable(db, batch, DateTime.UtcNow).Select(m => m.Id)));

        // The primary key's index, one look-up per id. With an index leading with the sent time, SQLite chose it for
        // "sent is null" and read every unsent message for each claim: 74 ms per batch with 200,000 waiting (ADR 15).
        Assert.Contains("(Id=?)", plan, StringComparison.Ordinal);
        Assert.DoesNotContain("NextAttemptAt", plan, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sent_events_due_a_look_at_their_consumers_are_read_in_the_index_order_and_claimed_by_id()
    {
        await using var app = await NotesApp.StartAsync(DatabaseProvider.Sqlite, SlowPoll);
        var batch = Enumerable.Range(0, 100).Select(_ => Guid.CreateVersion7()).ToList();

        var due = await app.QueryAsync(db => QueryPlan.OfAsync(db, OutboxDispatcher.AwaitingConsumers(db, DateTime.UtcNow, 50)));
        var claim = await app.QueryAsync(db => QueryPlan.OfAsync(db, OutboxDispatcher.Unconsumed(db, batch, DateTime.UtcNow).Select(m => m.Id)));

        Assert.Contains("awaiting_consumers", due, StringComparison.Ordinal);
        Assert.DoesNotContain("TEMP B-TREE", due, StringComparison.Ordinal);
        Assert.Contains("(Id=?)", claim, StringComparison.Ordinal);
    }

    [SkippableTheory]
    [MemberData(nameof(Stacks.Messaging), MemberType = typeof(Stacks))]
    public async Task Two_dispatchers_at_once_publish_each_message_once(string stack)
    {
        Stacks.RequireAvailable(stack);
        await using var app = await NotesApp.StartAsync(stack, SlowPoll);
        var dispatcher = app.Services.GetServices<Microsoft.Extensions.Hosting.IHostedService>().OfType<OutboxDispatcher>().Single();
        var module = app.Services.GetRequiredService<ModuleDatabase>();
        // Due a moment from now: the commit wakes the app's own dispatcher, which must find nothing due yet.
        var now = DateTime.UtcNow;
        var due = now.AddSeconds(1);
        await app.QueryAsync(async db =>
        {
            for (var i = 0; i < 40; i++)
            {
                var id = Guid.NewGuid();
                db.OutboxMessages.Add(new OutboxMessage
                {
                    Id = id,
                    Type = $"{typeof(NoteAdded).FullName}, {typeof(NoteAdded).Assembly.GetName().Name}",
                    Payload = $$"""{"noteId":"{{id}}","text":"n{{i}}","occurredAt":"{{now:O}}"}""",
                    OccurredAt = now,
                    NextAttemptAt = due,
                });
            }

            return await db.SaveChangesAsync();
        });
        await Task.Delay(due - DateTime.UtcNow + TimeSpan.FromMilliseconds(100));

        var claims = await Task.WhenAll(
            dispatcher.DispatchBatchAsync(module, CancellationToken.None),
            dispatcher.DispatchBatchAsync(module, CancellationToken.None),
            dispatcher.DispatchBatchAsync(module, CancellationToken.None));

        Assert.Equal(40, claims.Sum()); // each message claimed by exactly one of them
        Assert.Equal(40, await app.QueryAsync(db => db.OutboxMessages.CountAsync(m => m.SentAt != null)));
        Assert.True(await Eventually.HoldsAsync(() => app.QueryAsync(db => db.Effects.CountAsync()).ContinueWith(t => t.Result == 40), TimeSpan.FromSeconds(10)));
        Assert.Equal(40, await app.QueryAsync(db => db.InboxMessages.CountAsync()));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_batch_whose_messages_end_differently_records_each_outcome_and_releases_them_all(DatabaseProvider provider)
    {
        Providers.RequireAvailable(provider);
        await using var app = await NotesApp.StartAsync(provider, SlowPoll);
        var now = DateTime.UtcNow;
        var good = Enumerable.Range(0, 3).Select(_ => Guid.NewGuid()).ToList();
        await app.QueryAsync(async db =>
        {
            foreach (var id in good)
            {
                db.OutboxMessages.Add(new OutboxMessage
                {
                    Id = id, Type = OutboxMessage.TypeNameOf(typeof(NoteAdded)),
                    Payload = $$"""{"noteId":"{{id}}","text":"fine","occurredAt":"{{now:O}}"}""", OccurredAt = now, NextAttemptAt = now,
                });
            }

            db.OutboxMessages.Add(new OutboxMessage
            {
                Id = Guid.NewGuid(), Type = "ModularReports.Gone.EventThatNoLongerExists, ModularReports.Gone", Payload = "{}",
                OccurredAt = now, NextAttemptAt = now,
            });
            return await db.SaveChangesAsync();
        });

        // The commit wakes the dispatcher: one batch, three handed over and one failed.
        Assert.True(await Eventually.HoldsAsync(
            () => app.QueryAsync(db => db.OutboxMessages.CountAsync(m => m.SentAt != null || m.Attempts > 0)).ContinueWith(t => t.Result == 4),
            TimeSpan.FromSeconds(10)));
        var messages = await app.QueryAsync(db => db.OutboxMessages.AsNoTracking().ToListAsync());
        Assert.All(messages, m => Assert.Null(m.LockId));
        Assert.All(messages.Where(m => good.Contains(m.Id)), m =>
        {
            Assert.NotNull(m.SentAt);
            Assert.Equal(0, m.Attempts);
            Assert.Null(m.LastError);
        });
        var failed = messages.Single(m => !good.Contains(m.Id));
        Assert.Null(failed.SentAt);
        Assert.Equal(1, failed.Attempts);
        Assert.NotNull(failed.LastError);
        Assert.True(await Eventually.HoldsAsync(() => app.QueryAsync(db => db.Effects.CountAsync()).ContinueWith(t => t.Result == 3), TimeSpan.FromSeconds(10)));
    }
}
