using System.Diagnostics;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ModularReports.BuildingBlocks.Persistence;
using ModularReports.BuildingBlocks.Tests.NotesModule;
using ModularReports.Testing;
using Npgsql;

namespace ModularReports.BuildingBlocks.Tests;

/// <summary>
/// Two nodes of one PostgreSQL database tell each other what they commit: a node that does not dispatch has its events
/// sent by another at once, not at that node's next poll, and a node drops what it cached of a module another node changed.
/// With the directory cache's tests: what one node hears moves the data generation of the whole process.
/// </summary>
[Collection(DirectoryCacheAlone.Name)]
public sealed class ChangeRelayTests(Xunit.Abstractions.ITestOutputHelper output)
{
    private static readonly TimeSpan SlowPoll = TimeSpan.FromMinutes(1);

    [SkippableFact]
    public async Task A_commit_on_a_node_that_does_not_dispatch_wakes_the_dispatcher_of_another()
    {
        Providers.RequireAvailable(DatabaseProvider.PostgreSql);
        await using var serving = await NotesApp.StartAsync(
            DatabaseProvider.PostgreSql, SlowPoll, new Dictionary<string, string?> { ["Messaging:Outbox:Dispatch"] = "false" });
        await using var dispatching = await NotesApp.RestartAsync(serving.TestDatabase, SlowPoll);
        await WaitUntilListeningAsync(serving);

        foreach (var text in new[] { "first, while warming up", "second" })
        {
            var started = Stopwatch.StartNew();
            var noteId = await (await serving.Client.PostAsJsonAsync("/notes", new { text })).EnsureSuccessStatusCode().Content.ReadFromJsonAsync<Guid>();
            Assert.True(
                await Eventually.HoldsAsync(() => dispatching.QueryAsync(db => db.Effects.AnyAsync(e => e.NoteId == noteId)), TimeSpan.FromSeconds(10)),
                "the other node's dispatcher waited for its poll");
            output.WriteLine($"{text}: consumed {started.ElapsedMilliseconds} ms after the command");
        }
    }

    [SkippableFact]
    public async Task A_change_committed_on_one_node_moves_the_data_generation_on_another()
    {
        Providers.RequireAvailable(DatabaseProvider.PostgreSql);
        await using var first = await NotesApp.StartAsync(DatabaseProvider.PostgreSql, SlowPoll);
        var schema = "told_" + Guid.NewGuid().ToString("N");
        Assert.Equal(0, ModuleDbContext.DataGeneration(schema));

        // Only a node that hears another's news moves it: a node's own news is known to it already. (It is listening:
        // it heard news sent as from another node. A notification sent before its LISTEN reaches nobody, so the news is
        // sent until it is heard.)
        var probe = "probe_" + Guid.NewGuid().ToString("N");
        await using (var elsewhere = new NpgsqlConnection(first.TestDatabase.ConnectionString))
        {
            await elsewhere.OpenAsync();
            await using var notify = new NpgsqlCommand($"SELECT pg_notify('{PostgreSqlChangeRelay.Channel}', 'elsewhere {probe}')", elsewhere);
            Assert.True(await Eventually.HoldsAsync(
                async () =>
                {
                    await notify.ExecuteNonQueryAsync();
                    await Task.Delay(100);
                    return ModuleDbContext.DataGeneration(probe) > 0;
                },
                TimeSpan.FromSeconds(10)));
        }

        first.Services.GetRequiredService<CommittedChanges>().Add(schema, storedEvents: false);
        await Task.Delay(500);
        Assert.Equal(0, ModuleDbContext.DataGeneration(schema));

        await using var second = await NotesApp.RestartAsync(first.TestDatabase, SlowPoll);
        await WaitUntilListeningAsync(first);
        var started = Stopwatch.StartNew();
        first.Services.GetRequiredService<CommittedChanges>().Add(schema, storedEvents: false);
        Assert.True(await Eventually.HoldsAsync(() => Task.FromResult(ModuleDbContext.DataGeneration(schema) > 0), TimeSpan.FromSeconds(1)));
        output.WriteLine($"heard after {started.ElapsedMilliseconds} ms");
    }

    /// <summary>Another node's listener is up once it hears the first node's news.</summary>
    private static async Task WaitUntilListeningAsync(NotesApp first)
    {
        var probe = "probe_" + Guid.NewGuid().ToString("N");
        Assert.True(await Eventually.HoldsAsync(
            () =>
            {
                first.Services.GetRequiredService<CommittedChanges>().Add(probe, storedEvents: false);
                return Task.FromResult(ModuleDbContext.DataGeneration(probe) > 0);
            },
            TimeSpan.FromSeconds(10)));
    }
}
