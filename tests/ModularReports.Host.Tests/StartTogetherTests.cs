using System.Net;
using ModularReports.BuildingBlocks.Persistence;
using ModularReports.HostTesting;
using ModularReports.Testing;

namespace ModularReports.Host.Tests;

/// <summary>The nodes of a deployment start together on a new, empty server database: they take turns to migrate and seed.</summary>
public sealed class StartTogetherTests
{
    [SkippableFact]
    public async Task Three_nodes_started_at_once_on_an_empty_database_all_become_ready_with_the_data_seeded_once()
    {
        Providers.RequireAvailable(DatabaseProvider.PostgreSql);
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.PostgreSql);
        var nodes = Enumerable.Range(0, 3).Select(_ => new HostFactory(database)).ToList();
        try
        {
            using var gate = new Barrier(nodes.Count);
            await Task.WhenAll(nodes.Select(node => Task.Run(() =>
            {
                gate.SignalAndWait();
                node.StartServer();
            })));

            foreach (var node in nodes)
            {
                Assert.Equal(HttpStatusCode.OK, (await node.CreateClient().GetAsync("/health/ready")).StatusCode);
            }

            var admin = await nodes[2].ApiClientAsync(DemoUsers.Admin);
            var found = await admin.GetStringAsync("/api/resolutions?q=WCC-2020-Res-054");
            Assert.Single(System.Text.Json.JsonDocument.Parse(found).RootElement.GetProperty("items").EnumerateArray());
        }
        finally
        {
            foreach (var node in nodes)
            {
                await node.DisposeAsync();
            }
        }
    }
}
