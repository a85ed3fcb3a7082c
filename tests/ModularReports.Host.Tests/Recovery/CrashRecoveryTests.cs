using ModularReports.BuildingBlocks.Persistence;
using ModularReports.HostTesting;
using ModularReports.Testing;
using Xunit.Abstractions;

namespace ModularReports.Host.Tests.Recovery;

/// <summary>
/// The host as an operator runs it, ended the hard way again and again while people work: every transition that was
/// committed ends with its notifications, e-mails and timers exactly once (nothing lost, nothing twice), on the embedded
/// stack and on the server stack.
/// </summary>
public sealed class CrashRecoveryTests(ITestOutputHelper output)
{
    public static TheoryData<string> Stacks => new("sqlite+in-memory", "postgresql+rabbitmq");

    [SkippableTheory]
    [MemberData(nameof(Stacks))]
    public async Task Across_kills_and_restarts_every_committed_transition_has_its_notifications_emails_and_timers_exactly_once(string stack)
    {
        var provider = stack.StartsWith("sqlite", StringComparison.Ordinal) ? DatabaseProvider.Sqlite : DatabaseProvider.PostgreSql;
        var rabbit = stack.EndsWith("rabbitmq", StringComparison.Ordinal);
        Providers.RequireAvailable(provider);
        Skip.If(rabbit && !RabbitMqServer.IsAvailable, RabbitMqServer.UnavailableReason);

        await using var database = await TestDatabase.CreateAsync(provider);
        await using var broker = rabbit ? await RabbitMqServer.CreateVirtualHostAsync() : null;
        var folder = Path.Combine(Path.GetTempPath(), "modularreports-tests", "crash-" + Guid.NewGuid().ToString("N"));
        var mail = Path.Combine(folder, "mail");
        var log = Path.Combine(folder, "host.log");
        var settings = new Dictionary<string, string?>
        {
            ["Database:Provider"] = provider.ToString(),
            ["ConnectionStrings:Default"] = database.ConnectionString,
            ["Demo:Seed"] = "true",
            ["App:PublicUrl"] = "https://reports.example.org",
            ["Mail:PickupDirectory"] = mail,
            ["Mail:PollInterval"] = "00:00:01",
            // Leases and claims a killed process leaves behind run out soon, so the restarted one takes them over.
            ["Mail:Smtp:Timeout"] = "00:00:03",
            ["Messaging:Outbox:LockDuration"] = "00:00:05",
            ["Messaging:Outbox:PollInterval"] = "00:00:01",
            ["BackgroundJobs:PollInterval"] = "00:00:01",
            ["Identity:SignInRateLimit:PermitLimit"] = "1000",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        foreach (var (key, value) in broker?.Settings ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        // Consumers that wait before taking a batch: events are handed to the bus and still unconsumed when the host ends.
        var slowConsumers = new Dictionary<string, string?>(settings) { ["Messaging:Inbox:BatchTimeLimit"] = "00:00:05" };
        var facts = new StoredFacts(database);
        var workload = new ReviewWorkload();
        try
        {
            // 1. kill -9 between hand-over and consumption.
            await using (var host = await HostProcess.StartAsync(slowConsumers, folder, log))
            {
                await workload.DraftAsync(host, 16);
                await workload.SubmitAsync(host, 8);
                Assert.True(await Eventually.HoldsAsync(async () => await facts.UnsentEventsAsync() == 0, TimeSpan.FromSeconds(10)));
                await host.KillAsync();
            }

            var inFlight = await facts.HandedOverButUnconsumedAsync();
            output.WriteLine($"{stack}: killed with {inFlight} events handed over and not consumed");
            Assert.True(inFlight > 0, "the kill came after the consumers: this run did not test the window it is for");

            // 2. A graceful stop (SIGTERM) in the middle of a burst of moves; 3. kill -9 in the middle of one;
            // 4. a graceful stop while slow consumers still hold events.
            await BurstAsync(settings, stopAfter: 12, graceful: true);
            await BurstAsync(settings, stopAfter: 12, graceful: false);
            await BurstAsync(slowConsumers, stopAfter: 8, graceful: true);

            // 5. A last run, left to settle.
            await using (var host = await HostProcess.StartAsync(settings, folder, log))
            {
                await workload.RunAsync(host, 2, _ => { }, new CancellationTokenSource(TimeSpan.FromSeconds(3)).Token);
                await SettledAsync(facts);
                await host.StopAsync();
            }

            await AssertExactlyOnceAsync(facts, workload, mail);
        }
        catch
        {
            output.WriteLine(File.Exists(log) ? string.Join('\n', File.ReadLines(log).TakeLast(200)) : "(no host log)");
            throw;
        }
        finally
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // The temp folder is cleaned by the OS.
            }
        }

        async Task BurstAsync(Dictionary<string, string?> runSettings, int stopAfter, bool graceful)
        {
            await using var host = await HostProcess.StartAsync(runSettings, folder, log);
            using var enough = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            var ended = new TaskCompletionSource();
            var work = workload.RunAsync(host, 4, moves => { if (moves == stopAfter) { ended.TrySetResult(); } }, enough.Token);
            await Task.WhenAny(ended.Task, work);
            await (graceful ? host.StopAsync() : host.KillAsync());
            await work; // the workers notice the host has gone
        }
    }

    /// <summary>Everything handed on: no event waiting or unconsumed, no e-mail pending, and no new notification for a while.</summary>
    private static async Task SettledAsync(StoredFacts facts)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(90);
        var (last, stableSince) = (-1, DateTime.UtcNow);
        while (DateTime.UtcNow < deadline)
        {
            var count = (await facts.NotificationKeysAsync()).Count;
            if (count != last)
            {
                (last, stableSince) = (count, DateTime.UtcNow);
            }
            else if (DateTime.UtcNow - stableSince > TimeSpan.FromSeconds(4)
                && await facts.UnsentEventsAsync() == 0 && await facts.HandedOverButUnconsumedAsync() == 0 && await facts.PendingEmailsAsync() == 0)
            {
                return;
            }

            await Task.Delay(250);
        }

        Assert.Fail($"Not settled: {await facts.UnsentEventsAsync()} events unsent, {await facts.HandedOverButUnconsumedAsync()} handed over "
            + $"and unconsumed, {await facts.PendingEmailsAsync()} e-mails pending.");
    }

    private async Task AssertExactlyOnceAsync(StoredFacts facts, ReviewWorkload workload, string mail)
    {
        var ours = workload.Reports.ToHashSet();
        var journal = (await facts.JournalAsync()).Where(j => ours.Contains(j.Report)).ToList();
        output.WriteLine($"{workload.Acknowledged.Count} moves acknowledged, {workload.Unanswered.Count} unanswered, {journal.Count} journaled");

        // Every acknowledged move was committed; a move whose answer never came may or may not have been.
        foreach (var group in workload.Acknowledged.GroupBy(m => m))
        {
            var journaled = journal.Count(j => j.Report == group.Key.Report && j.Trigger == group.Key.Trigger);
            var unanswered = workload.Unanswered.Count(m => m == group.Key);
            Assert.InRange(journaled, group.Count(), group.Count() + unanswered);
        }

        // One notification for each journaled move (the demo's focal point, or the demo reporter), no more, no less.
        var keys = (await facts.NotificationKeysAsync()).Where(k => ours.Any(id => k.Contains(id.ToString("N"), StringComparison.Ordinal))).ToList();
        var expected = journal.GroupBy(j => $"activity-report/{j.Report:N}/{j.From}>{j.To}/").ToDictionary(g => g.Key, g => g.Count());
        var actual = keys.GroupBy(k => k[..(k.LastIndexOf('/') + 1)]).ToDictionary(g => g.Key, g => g.Count());
        var wrong = expected.Keys.Union(actual.Keys)
            .Select(key => (Key: key, Expected: expected.GetValueOrDefault(key), Actual: actual.GetValueOrDefault(key)))
            .Where(k => k.Expected != k.Actual).ToList();
        Assert.True(wrong.Count == 0, $"{wrong.Count} moves with the wrong number of notifications (move: expected, actual):\n"
            + string.Join('\n', wrong.Select(w => $"{w.Key}: {w.Expected}, {w.Actual}")));

        // One e-mail for each notification, sent, and written once.
        var deliveries = (await facts.EmailDeliveriesAsync()).Where(d => ours.Any(id => d.SourceKey.Contains(id.ToString("N"), StringComparison.Ordinal))).ToList();
        Assert.Equal(keys.Count, deliveries.Count);
        Assert.All(deliveries, d => Assert.Equal("Sent", d.Status));
        var files = Directory.GetFiles(mail, "*.eml").Select(Path.GetFileName).ToList();
        Assert.All(deliveries, d => Assert.Single(files, f => f!.Contains(d.Id.ToString("N"), StringComparison.Ordinal)));

        // Each report waits on the timer of the state it is in (a reminder while submitted or returned), and on no other.
        var timers = (await facts.TimersAsync()).Where(t => ours.Contains(t.Document)).ToList();
        foreach (var (report, state) in (await facts.ReportStatesAsync()).Where(r => ours.Contains(r.Report)))
        {
            var expectedTimers = state is "submitted" or "returned" ? new[] { state } : [];
            Assert.Equal(expectedTimers, timers.Where(t => t.Document == report).Select(t => t.State).ToArray());
        }
    }
}
