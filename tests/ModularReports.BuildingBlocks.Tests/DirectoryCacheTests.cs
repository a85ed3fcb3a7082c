using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ModularReports.BuildingBlocks.Persistence;
using ModularReports.BuildingBlocks.Tests.NotesModule;

namespace ModularReports.BuildingBlocks.Tests;

/// <summary>
/// A module's cached answers are reused until the module's data changes in this process, then read again. Alone: the
/// data generation belongs to the schema in the whole process, so another test saving notes meanwhile would move it.
/// </summary>
[Collection(DirectoryCacheAlone.Name)]
public sealed class DirectoryCacheTests
{
    [Fact]
    public async Task An_answer_is_loaded_once_and_again_after_the_module_saves_or_commits_a_change()
    {
        await using var app = await NotesApp.StartAsync(DatabaseProvider.Sqlite, TimeSpan.FromSeconds(30));
        var cache = app.Services.GetRequiredService<DirectoryCache>();
        var id = Guid.NewGuid();
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<NotesDbContext>();
            db.Notes.Add(new Note { Id = id, Text = "first" });
            await db.SaveChangesAsync();
        }

        var loads = 0;
        Task<string> Read() => cache.GetOrLoadAsync(NotesDbContext.SchemaName, "note", id, async () =>
        {
            loads++;
            return await app.QueryAsync(db => db.Notes.Where(n => n.Id == id).Select(n => n.Text).SingleAsync());
        });

        Assert.Equal("first", await Read());
        Assert.Equal("first", await Read());
        Assert.Equal(1, loads);

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<NotesDbContext>();
            (await db.Notes.SingleAsync(n => n.Id == id)).Text = "saved";
            await db.SaveChangesAsync();
        }

        Assert.Equal("saved", await Read());
        Assert.Equal(2, loads);

        // Read between a save and its commit: the commit moves the generation again, so the stale read is not kept.
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<NotesDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            (await db.Notes.SingleAsync(n => n.Id == id)).Text = "committed";
            await db.SaveChangesAsync();
            Assert.Equal("saved", await Read());
            await transaction.CommitAsync();
        }

        Assert.Equal("committed", await Read());
        Assert.Equal(4, loads);
    }
}

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class DirectoryCacheAlone
{
    public const string Name = "Directory cache, alone";
}
