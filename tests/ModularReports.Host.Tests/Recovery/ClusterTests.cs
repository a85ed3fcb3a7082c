using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ModularReports.BuildingBlocks.Persistence;
using ModularReports.HostTesting;
using ModularReports.Testing;
using Xunit.Abstractions;

namespace ModularReports.Host.Tests.Recovery;

/// <summary>
/// The production shape as docs/deployment.md starts it: the migrate step on a new PostgreSQL database, then three nodes
/// (real processes) on it and RabbitMQ, started at the same moment, every node serving, dispatching and running jobs.
/// People work across the nodes while the broker goes away for 20 s and a node is killed; afterwards every committed move
/// has its notifications and e-mails exactly once, recurring jobs ran once per schedule, and changes made on one node
/// count on the others within a second.
/// </summary>
public sealed class ClusterTests(ITestOutputHelper output)
{
    private const string EveryMinute = "identity-sign-in-records";

    [SkippableFact]
    public async Task Three_nodes_on_postgresql_and_rabbitmq_share_the_work_and_lose_nothing_when_the_broker_or_a_node_goes()
    {
        Providers.RequireAvailable(DatabaseProvider.PostgreSql);
        Skip.IfNot(RabbitMqServer.IsAvailable, RabbitMqServer.UnavailableReason);
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.PostgreSql);
        await using var broker = await RabbitMqServer.CreateVirtualHostAsync();
        // The nodes reach the broker through a relay: closing it is the broker going away, for these nodes only.
        await using var relay = TcpRelay.Open(broker.Settings["Messaging:RabbitMq:Host"]!, int.Parse(broker.Settings["Messaging:RabbitMq:Port"]!));
        var folder = Path.Combine(Path.GetTempPath(), "modularreports-tests", "cluster-" + Guid.NewGuid().ToString("N"));
        var mail = Path.Combine(folder, "mail");
        var settings = new Dictionary<string, string?>(broker.Settings)
        {
            ["Messaging:RabbitMq:Host"] = "127.0.0.1",
            ["Messaging:RabbitMq:Port"] = relay.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Database:Provider"] = "PostgreSql",
            ["ConnectionStrings:Default"] = database.ConnectionString,
            ["Demo:Seed"] = "true",
            ["App:PublicUrl"] = "https://reports.example.org",
            ["Mail:PickupDirectory"] = mail,
            ["Mail:PollInterval"] = "00:00:01",
            ["Mail:Smtp:Timeout"] = "00:00:03",
            ["Messaging:Outbox:LockDuration"] = "00:00:05",
            ["Messaging:Outbox:PollInterval"] = "00:00:01",
            ["Messaging:Outbox:MaxRetryDelay"] = "00:00:05",
            ["BackgroundJobs:PollInterval"] = "00:00:01",
            [$"BackgroundJobs:Schedules:{EveryMinute}"] = "* * * * *",
            ["Identity:SignInRateLimit:PermitLimit"] = "1000",
            ["Logging:LogLevel:Default"] = "Warning",
        };

        var started = Stopwatch.StartNew();
        Assert.Equal(0, await HostProcess.RunCommandAsync(settings, folder, Path.Combine(folder, "migrate.log"), "migrate"));
        var nodes = await HostProcess.StartManyAsync(3, new Dictionary<string, string?>(settings) { ["Database:MigrateAtStart"] = "false" }, folder);
        output.WriteLine($"migrated, then three nodes ready {started.Elapsed.TotalSeconds:0.0} s after the start");
        var facts = new StoredFacts(database);
        var workload = new ReviewWorkload();
        int? relayedWhenReopened = null;
        try
        {
            // Reports drafted on one node, submitted on another, reviewed on a third.
            await workload.DraftAsync(nodes[0], 24);
            await workload.SubmitAsync(nodes[1], 6);
            await Deliveries.SettledAsync(facts);

            // The broker goes away for 20 s while people work on every node: each node stays ready.
            await WorkAsync(nodes, nodes, TimeSpan.FromSeconds(26), async () =>
            {
                await Task.Delay(TimeSpan.FromSeconds(3));
                relay.Close();
                var down = Stopwatch.StartNew();
                while (down.Elapsed < TimeSpan.FromSeconds(20))
                {
                    foreach (var node in nodes)
                    {
                        using var client = node.CreateClient();
                        var ready = await client.GetAsync("/health/ready");
                        Assert.True(ready.StatusCode == HttpStatusCode.OK, $"{node.Address} answered /health/ready with {(int)ready.StatusCode} while the broker was away");
                    }

                    await Task.Delay(500);
                }

                relayedWhenReopened = relay.Relayed; // nothing is relayed while it is closed
                relay.Open();
            });
            await Deliveries.SettledAsync(facts);

            // kill -9 of a node in the middle of a burst: the others keep serving.
            await workload.DraftAsync(nodes[1], 24);
            var survivors = nodes[..2];
            await WorkAsync(nodes, survivors, TimeSpan.FromSeconds(8), async () =>
            {
                await Task.Delay(TimeSpan.FromSeconds(2));
                await nodes[2].KillAsync();
            });
            await Deliveries.SettledAsync(facts);
            await Deliveries.AssertExactlyOnceAsync(facts, workload, mail, output);

            await ChangesCountOnTheOtherNodeWithinASecondAsync(survivors[0], survivors[1]);
            await RecurringJobsRanOncePerScheduleAsync(facts, started.Elapsed);
        }
        catch
        {
            output.WriteLine($"broker relay: {relay.Relayed} connections relayed"
                + (relayedWhenReopened is { } before ? $", {relay.Relayed - before} since it reopened" : ", not reopened"));
            foreach (var node in nodes)
            {
                output.WriteLine($"--- {node.LogFile}");
                output.WriteLine(File.Exists(node.LogFile) ? string.Join('\n', File.ReadLines(node.LogFile).TakeLast(60)) : "(no log)");
            }

            throw;
        }
        finally
        {
            foreach (var node in nodes)
            {
                await node.DisposeAsync();
            }

            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // The temp folder is cleaned by the OS.
            }
        }

        // Reporters on each node, focal points on the next, for a while; the disruption runs meanwhile. Workers whose node
        // is killed stop; the others carry on until the time is up.
        async Task WorkAsync(HostProcess[] all, HostProcess[] staying, TimeSpan duration, Func<Task> disruption)
        {
            using var stop = new CancellationTokenSource(duration);
            var before = workload.Acknowledged.Count;
            var work = all.Select((node, i) => workload.RunAsync(node, all[(i + 1) % all.Length], 2, _ => { }, stop.Token)).ToList();
            await disruption();
            await Task.WhenAll(work);
            var moves = workload.Acknowledged.Count - before;
            output.WriteLine($"{moves} moves acknowledged meanwhile ({staying.Length} nodes left)");
            Assert.True(moves > 0, "nobody could move a report on");
        }
    }

    /// <summary>A reporter's role taken away, and a constituent renamed, on one node: the other node acts on both within a second.</summary>
    private async Task ChangesCountOnTheOtherNodeWithinASecondAsync(HostProcess first, HostProcess second)
    {
        using var admin = await ReviewWorkload.SignInAsync(first, DemoUsers.Admin);
        using var reporter = await ReviewWorkload.SignInAsync(second, DemoUsers.Reporter);
        using var visitor = second.CreateClient();
        var resolution = (await visitor.GetFromJsonAsync<JsonElement>("/api/resolutions?q=WCC-2020-Res-054")).GetProperty("items")[0].GetProperty("id").GetGuid();

        // The second node shows the name of a body that follows the resolution up (and so has it cached).
        var body = (await admin.GetFromJsonAsync<JsonElement>($"/api/admin/resolutions/{resolution}/focal-points"))[0].GetProperty("constituentId").GetGuid();
        var constituent = await admin.GetFromJsonAsync<JsonElement>($"/api/admin/constituents/{body}");
        var name = constituent.GetProperty("name").GetString()!;
        Assert.Contains(WebUtility.HtmlEncode(name), await visitor.GetStringAsync($"/resolutions/{resolution}"), StringComparison.Ordinal);

        var renamed = name + " (renamed)";
        var edit = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(constituent.GetRawText())!;
        edit["name"] = JsonSerializer.SerializeToElement(renamed);
        (await admin.PutAsJsonAsync($"/api/admin/constituents/{body}", edit)).EnsureSuccessStatusCode();
        var shown = Stopwatch.StartNew();
        Assert.True(
            await Eventually.HoldsAsync(async () => (await visitor.GetStringAsync($"/resolutions/{resolution}")).Contains(WebUtility.HtmlEncode(renamed), StringComparison.Ordinal), TimeSpan.FromSeconds(1)),
            "the other node still showed the old name a second after the change");
        output.WriteLine($"a constituent renamed on one node was shown on the other after {shown.ElapsedMilliseconds} ms");

        var reporterId = (await admin.GetFromJsonAsync<JsonElement>($"/api/admin/users?q={DemoUsers.Reporter}")).GetProperty("items")[0].GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.Created, (await reporter.PostAsJsonAsync("/api/activity-reports", new { resolutionId = resolution })).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.PutAsJsonAsync($"/api/admin/users/{reporterId}/roles", new { roles = Array.Empty<string>() })).StatusCode);
        var demoted = Stopwatch.StartNew();
        Assert.True(
            await Eventually.HoldsAsync(
                async () => (await reporter.PostAsJsonAsync("/api/activity-reports", new { resolutionId = resolution })).StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Unauthorized,
                TimeSpan.FromSeconds(1)),
            "a second after their role was taken away on one node, the former reporter could still draft on the other");
        output.WriteLine($"a role taken away on one node was refused on the other after {demoted.ElapsedMilliseconds} ms");
    }

    /// <summary>Every minute the nodes were up, the every-minute task was run once, not once per node.</summary>
    private async Task RecurringJobsRanOncePerScheduleAsync(StoredFacts facts, TimeSpan up)
    {
        if (up < TimeSpan.FromSeconds(70))
        {
            await Task.Delay(TimeSpan.FromSeconds(70) - up); // at least one minute's turn while the survivors are up
        }

        var runs = await facts.RecurringRunsAsync(EveryMinute);
        output.WriteLine($"{EveryMinute} ran at {string.Join(", ", runs.Order().Select(r => r.ToString("HH:mm:ss.fff")))}");
        Assert.NotEmpty(runs);
        Assert.All(runs.GroupBy(r => new DateTime(r.Year, r.Month, r.Day, r.Hour, r.Minute, 0)), minute => Assert.Single(minute));
    }
}
