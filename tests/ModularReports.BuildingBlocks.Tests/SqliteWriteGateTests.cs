using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ModularReports.BuildingBlocks.Persistence;
using ModularReports.BuildingBlocks.Tests.NotesModule;

namespace ModularReports.BuildingBlocks.Tests;

/// <summary>Writers of one SQLite file queue in the process: they wait for each other, never fail, and never wait for nothing.</summary>
public sealed class SqliteWriteGateTests
{
    [Fact]
    public async Task A_writer_waits_for_the_open_write_transaction_and_writes_once_it_commits()
    {
        await using var app = await NotesApp.StartAsync(DatabaseProvider.Sqlite, TimeSpan.FromSeconds(30));
        await using var first = app.Services.CreateAsyncScope();
        var holder = first.ServiceProvider.GetRequiredService<NotesDbContext>();
        await using var transaction = await holder.Database.BeginTransactionAsync();
        holder.Notes.Add(new Note { Id = Guid.NewGuid(), Text = "first" });
        await holder.SaveChangesAsync();

        var second = Task.Run(async () =>
        {
            await using var scope = app.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<NotesDbContext>();
            db.Notes.Add(new Note { Id = Guid.NewGuid(), Text = "second" });
            await db.SaveChangesAsync();
        });
        await Task.Delay(500);
        Assert.False(second.IsCompleted, "the second writer did not wait for the first's transaction");

        await transaction.CommitAsync();
        await second.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(["first", "second"], await app.QueryAsync(db => db.Notes.OrderBy(n => n.Text).Select(n => n.Text).ToListAsync()));
    }

    [Fact]
    public async Task A_transaction_abandoned_without_commit_or_rollback_does_not_keep_others_waiting()
    {
        await using var app = await NotesApp.StartAsync(DatabaseProvider.Sqlite, TimeSpan.FromSeconds(30));
        // The abandoning context stays alive meanwhile (as in a request that caught the exception and goes on).
        await using var abandoning = app.Services.CreateAsyncScope();
        var first = abandoning.ServiceProvider.GetRequiredService<NotesDbContext>();
        var transaction = await first.Database.BeginTransactionAsync();
        first.Notes.Add(new Note { Id = Guid.NewGuid(), Text = "abandoned" });
        await first.SaveChangesAsync();
        await transaction.DisposeAsync(); // an exception's way out: no commit, no explicit rollback

        var started = Stopwatch.GetTimestamp();
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<NotesDbContext>();
            db.Notes.Add(new Note { Id = Guid.NewGuid(), Text = "next" });
            await db.SaveChangesAsync().WaitAsync(TimeSpan.FromSeconds(10));
            await db.Notes.Where(n => n.Text == "next").ExecuteUpdateAsync(s => s.SetProperty(n => n.Text, "next, updated"));
        }

        Assert.True(Stopwatch.GetElapsedTime(started) < TimeSpan.FromSeconds(2));
        Assert.Equal(["next, updated"], await app.QueryAsync(db => db.Notes.Select(n => n.Text).ToListAsync()));
    }

    [Fact]
    public async Task Many_writers_at_once_all_succeed()
    {
        await using var app = await NotesApp.StartAsync(DatabaseProvider.Sqlite, TimeSpan.FromSeconds(30));
        await Task.WhenAll(Enumerable.Range(0, 40).Select(i => Task.Run(async () =>
        {
            await using var scope = app.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<NotesDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            db.Notes.Add(new Note { Id = Guid.NewGuid(), Text = $"note {i}" });
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
        })));
        Assert.Equal(40, await app.QueryAsync(db => db.Notes.CountAsync()));
    }
}
