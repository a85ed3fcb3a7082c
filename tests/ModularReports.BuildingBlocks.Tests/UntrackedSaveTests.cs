using System.Net.Http.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ModularReports.BuildingBlocks.Persistence;
using ModularReports.BuildingBlocks.Tests.NotesModule;
using ModularReports.Testing;

namespace ModularReports.BuildingBlocks.Tests;

public sealed class UntrackedSaveTests
{
    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task An_untracked_change_saves_with_its_events_once_and_a_stale_one_saves_nothing(DatabaseProvider provider)
    {
        Providers.RequireAvailable(provider);
        await using var app = await NotesApp.StartAsync(provider, TimeSpan.FromMilliseconds(100));
        var id = await (await app.Client.PostAsJsonAsync("/notes", new { text = "Réunion à Marseille" })).Content.ReadFromJsonAsync<Guid>();
        Assert.True(await Eventually.HoldsAsync(() => app.QueryAsync(db => db.Effects.AnyAsync(e => e.NoteId == id)), TimeSpan.FromSeconds(5)));

        // Two people read version 0; the first one's change and event are saved, the second one's are not.
        var first = await app.QueryAsync(db => db.Notes.AsNoTracking().SingleAsync(n => n.Id == id));
        var second = await app.QueryAsync(db => db.Notes.AsNoTracking().SingleAsync(n => n.Id == id));
        await app.QueryAsync(async db =>
        {
            first.Text = "Reunión en Cartagena";
            db.Publish(new NoteAdded(id, first.Text, DateTimeOffset.UtcNow));
            await db.SaveUntrackedAsync(first, [nameof(Note.Text)], CancellationToken.None);
            Assert.All(db.ChangeTracker.Entries(), e => Assert.Equal(EntityState.Unchanged, e.State));
            return true;
        });
        Assert.Equal(1, first.Version);

        var refused = await app.QueryAsync(async db =>
        {
            second.Text = "Stale";
            db.Publish(new NoteAdded(id, second.Text, DateTimeOffset.UtcNow));
            return await Record.ExceptionAsync(() => db.SaveUntrackedAsync(second, [nameof(Note.Text)], CancellationToken.None));
        });
        Assert.IsType<DbUpdateConcurrencyException>(refused);
        Assert.Equal(0, second.Version);

        // A tracked entity changed in passing would be left unsaved: refused before anything is written.
        var mixed = await app.QueryAsync(async db =>
        {
            (await db.Notes.SingleAsync(n => n.Id == id)).Text = "Changed in passing";
            return await Record.ExceptionAsync(() => db.SaveUntrackedAsync(first, [nameof(Note.Text)], CancellationToken.None));
        });
        Assert.IsType<InvalidOperationException>(mixed);

        var saved = await app.QueryAsync(db => db.Notes.AsNoTracking().SingleAsync(n => n.Id == id));
        Assert.Equal(("Reunión en Cartagena", 1), (saved.Text, saved.Version));
        // The saved change's event is committed and delivered (its commit woke the dispatcher); the refused one's is not.
        Assert.True(await Eventually.HoldsAsync(() => app.QueryAsync(async db => await db.Effects.CountAsync(e => e.NoteId == id) == 2), TimeSpan.FromSeconds(5)));
        Assert.Equal(2, await app.QueryAsync(db => db.OutboxMessages.CountAsync()));
        Assert.DoesNotContain("Stale", string.Concat(await app.QueryAsync(db => db.OutboxMessages.Select(m => m.Payload).ToListAsync())), StringComparison.Ordinal);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_stale_save_whose_rows_collide_with_the_winners_rows_is_a_concurrency_conflict_too(DatabaseProvider provider)
    {
        Providers.RequireAvailable(provider);
        await using var app = await NotesApp.StartAsync(provider, TimeSpan.FromMilliseconds(100));
        var id = await (await app.Client.PostAsJsonAsync("/notes", new { text = "Submitted twice at once" })).Content.ReadFromJsonAsync<Guid>();
        var first = await app.QueryAsync(db => db.Notes.AsNoTracking().SingleAsync(n => n.Id == id));
        var second = await app.QueryAsync(db => db.Notes.AsNoTracking().SingleAsync(n => n.Id == id));
        // Both work out the same next row (as two submits work out the same next submitted version's number).
        var next = Guid.NewGuid();
        Task<Exception?> SaveAsync(Note note) => app.QueryAsync(db =>
        {
            db.InboxMessages.Add(new Messaging.InboxMessage { MessageId = next, Consumer = "next-row", ProcessedAt = DateTime.UtcNow });
            return Record.ExceptionAsync(() => db.SaveUntrackedAsync(note, [nameof(Note.Text)], CancellationToken.None));
        });

        Assert.Null(await SaveAsync(first));
        // The stale save's UPDATE matches nothing, and its row then breaks the key before the row count is looked at.
        Assert.IsType<DbUpdateConcurrencyException>(await SaveAsync(second));
        Assert.Equal(0, second.Version);
        Assert.Equal(1, await app.QueryAsync(db => db.InboxMessages.CountAsync(m => m.MessageId == next)));
    }

    [Fact]
    public async Task On_sqlite_untracked_saves_are_written_by_one_connection_that_keeps_its_page_cache()
    {
        await using var app = await NotesApp.StartAsync(DatabaseProvider.Sqlite, TimeSpan.FromMilliseconds(100));
        var ids = new List<Guid>();
        for (var i = 0; i < 20; i++)
        {
            ids.Add(await (await app.Client.PostAsJsonAsync("/notes", new { text = $"Note {i}" })).Content.ReadFromJsonAsync<Guid>());
        }

        // Every event consumed: from here on only the saves below write to the file.
        Assert.True(await Eventually.HoldsAsync(() => app.QueryAsync(async db => await db.Effects.CountAsync() == 20), TimeSpan.FromSeconds(10)));
        Task<int> SaveAsync(Guid id, string text) => app.QueryAsync(async db =>
        {
            var note = await db.Notes.AsNoTracking().SingleAsync(n => n.Id == id);
            note.Text = text;
            await db.SaveUntrackedAsync(note, [nameof(Note.Text)], CancellationToken.None);
            return note.Version;
        });

        Assert.Equal(1, await SaveAsync(ids[0], "First save: opens the writer connection"));
        var writer = await app.QueryAsync(db => Task.FromResult(
            app.Services.GetRequiredService<SqliteWriters>().WriterOf((SqliteConnection)db.Database.GetDbConnection())));
        Assert.NotNull(writer);
        var misses = CacheMisses(writer);

        // Each save reads its note on a pooled connection and writes on the writer, which finds the pages in its cache.
        // Eight writers at once, 25 saves each, take turns on it.
        var writers = ids.Skip(1).Take(8).Select(id => Task.Run(async () =>
        {
            var version = 0;
            for (var i = 0; i < 25; i++)
            {
                version = await SaveAsync(id, $"Saved {i + 1} times");
            }

            return version;
        }));
        Assert.All(await Task.WhenAll(writers), version => Assert.Equal(25, version));
        Assert.True(CacheMisses(writer) - misses < 200, $"{CacheMisses(writer) - misses} pages read back by 200 saves");

        // The measure is sensitive: a write from another connection empties the writer's cache.
        await app.QueryAsync(async db =>
        {
            (await db.Notes.SingleAsync(n => n.Id == ids[0])).Text = "Saved by change tracking, on a pooled connection";
            return await db.SaveChangesAsync();
        });
        misses = CacheMisses(writer);
        Assert.Equal(26, await SaveAsync(ids[1], "After another connection wrote"));
        Assert.True(CacheMisses(writer) > misses);
    }

    private static int CacheMisses(SqliteConnection connection)
    {
        Assert.Equal(SQLitePCL.raw.SQLITE_OK, SQLitePCL.raw.sqlite3_db_status(connection.Handle, SQLitePCL.raw.SQLITE_DBSTATUS_CACHE_MISS, out var current, out _, 0));
        return current;
    }
}
