using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ModularReports.BuildingBlocks.Persistence;
using ModularReports.Host.Tests.Recovery;
using ModularReports.HostTesting;
using ModularReports.Testing;

namespace ModularReports.Host.Tests;

/// <summary>
/// Several nodes (real processes) on one server database: started together on a new, empty one, they take turns to
/// migrate and seed; what one node changes about someone's access counts on the others at once.
/// </summary>
public sealed class StartTogetherTests
{
    [SkippableFact]
    public async Task Three_nodes_started_at_once_on_an_empty_database_all_become_ready_with_the_data_seeded_once()
    {
        Providers.RequireAvailable(DatabaseProvider.PostgreSql);
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.PostgreSql);
        var folder = Folder();
        var nodes = await HostProcess.StartManyAsync(3, Settings(database), folder);
        try
        {
            foreach (var node in nodes)
            {
                using var client = node.CreateClient();
                Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);
            }

            using var anyone = nodes[2].CreateClient();
            var found = await anyone.GetFromJsonAsync<JsonElement>("/api/resolutions?q=WCC-2020-Res-054");
            Assert.Single(found.GetProperty("items").EnumerateArray());
        }
        finally
        {
            foreach (var node in nodes)
            {
                await node.DisposeAsync();
            }
        }
    }

    [SkippableFact]
    public async Task A_focal_point_removed_on_one_node_can_no_longer_decide_on_another()
    {
        Providers.RequireAvailable(DatabaseProvider.PostgreSql);
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.PostgreSql);
        var folder = Folder();
        await using var first = await HostProcess.StartAsync(Settings(database), folder, Path.Combine(folder, "first.log"));
        await using var second = await HostProcess.StartAsync(Settings(database), folder, Path.Combine(folder, "second.log"));

        using var reporter = await ReviewWorkload.SignInAsync(first, DemoUsers.Reporter);
        using var admin = await ReviewWorkload.SignInAsync(first, DemoUsers.Admin);
        using var focalPoint = await ReviewWorkload.SignInAsync(second, DemoUsers.FocalPoint);
        var resolution = (await reporter.GetFromJsonAsync<JsonElement>("/api/resolutions?q=WCC-2020-Res-054")).GetProperty("items")[0].GetProperty("id").GetGuid();
        var member = (await admin.GetFromJsonAsync<JsonElement>("/api/admin/constituents?q=KWS&type=Member")).GetProperty("items")[0].GetProperty("id").GetGuid();
        var commission = (await admin.GetFromJsonAsync<JsonElement>("/api/admin/constituents?q=SSC&type=Commission")).GetProperty("items")[0].GetProperty("id").GetGuid();
        var report = (await (await reporter.PostAsJsonAsync("/api/activity-reports", new { resolutionId = resolution })).JsonAsync()).GetProperty("id").GetGuid();
        (await reporter.PatchAsync(report, Reports.CompleteFields(member, commission), 0)).EnsureSuccessStatusCode();
        (await reporter.ActAsync(report, "submit")).EnsureSuccessStatusCode();
        Assert.Equal(HttpStatusCode.OK, (await focalPoint.GetAsync($"/api/activity-reports/{report}")).StatusCode); // the second node knows them

        var assignments = await admin.GetFromJsonAsync<JsonElement>($"/api/admin/resolutions/{resolution}/focal-points");
        var theirs = assignments.EnumerateArray().Single(a => a.GetProperty("userEmail").GetString() == DemoUsers.FocalPoint).GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/admin/resolutions/{resolution}/focal-points/{theirs}")).StatusCode);

        var accepted = await focalPoint.ActAsync(report, "accept");
        Assert.Contains(accepted.StatusCode, new[] { HttpStatusCode.Forbidden, HttpStatusCode.NotFound });
    }

    [SkippableFact]
    public async Task A_node_that_leaves_migration_to_the_migrate_step_is_ready_once_that_step_has_run()
    {
        Providers.RequireAvailable(DatabaseProvider.PostgreSql);
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.PostgreSql);
        var folder = Folder();
        var node = new Dictionary<string, string?>(Settings(database)) { ["Database:MigrateAtStart"] = "false" };

        // Started first, it does not migrate the database itself, and is not ready.
        await using var early = await HostProcess.StartAsync(node, folder, Path.Combine(folder, "early.log"), waitUntilReady: false);
        using var client = early.CreateClient();
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/health/ready")).StatusCode);

        Assert.Equal(0, await HostProcess.RunCommandAsync(Settings(database), folder, Path.Combine(folder, "migrate.log"), "migrate"));
        Assert.True(await Eventually.HoldsAsync(
            async () => (await client.GetAsync("/health/ready")).StatusCode == HttpStatusCode.OK, TimeSpan.FromSeconds(30)));
        var found = await client.GetFromJsonAsync<JsonElement>("/api/resolutions?q=WCC-2020-Res-054");
        Assert.Single(found.GetProperty("items").EnumerateArray());
    }

    private static string Folder() => Path.Combine(Path.GetTempPath(), "modularreports-tests", "nodes-" + Guid.NewGuid().ToString("N"));

    private static Dictionary<string, string?> Settings(TestDatabase database) => new()
    {
        ["Database:Provider"] = database.Provider.ToString(),
        ["ConnectionStrings:Default"] = database.ConnectionString,
        ["Demo:Seed"] = "true",
        ["Mail:PickupDirectory"] = Path.Combine(Path.GetTempPath(), "modularreports-tests", "nodes-mail-" + Guid.NewGuid().ToString("N")),
        ["App:PublicUrl"] = "https://reports.example.org",
        ["Identity:SignInRateLimit:PermitLimit"] = "1000",
        ["Logging:LogLevel:Default"] = "Warning",
    };
}
