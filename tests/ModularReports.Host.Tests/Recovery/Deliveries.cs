using Xunit.Abstractions;

namespace ModularReports.Host.Tests.Recovery;

/// <summary>
/// What the recovery and cluster tests check once the hosts are left alone: everything handed on, and every committed
/// transition with its notifications, e-mails and timers exactly once.
/// </summary>
internal static class Deliveries
{
    /// <summary>Everything handed on: no event waiting or unconsumed, no e-mail pending, and no new notification for a while.</summary>
    public static async Task SettledAsync(StoredFacts facts)
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

    public static async Task AssertExactlyOnceAsync(StoredFacts facts, ReviewWorkload workload, string mail, ITestOutputHelper output)
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
