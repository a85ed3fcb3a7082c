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
    public static TheoryData<string> EndStacks => new(Stacks.Embedded, Stacks.Production);

    [SkippableTheory]
    [MemberData(nameof(EndStacks))]
    public async Task Across_kills_and_restarts_every_committed_transition_has_its_notifications_emails_and_timers_exactly_once(string stack)
    {
        Stacks.RequireAvailable(stack);
        var provider = Stacks.Provider(stack);
        var rabbit = Stacks.OnRabbitMq(stack);

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
                await Deliveries.SettledAsync(facts);
                await host.StopAsync();
            }

            await Deliveries.AssertExactlyOnceAsync(facts, workload, mail, output);
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
}
