using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
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
}
