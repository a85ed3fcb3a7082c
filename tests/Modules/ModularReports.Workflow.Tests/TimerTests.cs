using System.Collections.Concurrent;
using System.Data.Common;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using ModularReports.BuildingBlocks.Persistence;
using ModularReports.HostTesting;
using ModularReports.Testing;
using ModularReports.Workflow.Contracts;
using ModularReports.Workflow.Data;
using ModularReports.Workflow.Engine;

namespace ModularReports.Workflow.Tests;

public sealed class TimerTests
{
    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_timer_scheduled_before_a_restart_runs_out_after_it_and_a_cancelled_one_never_does(DatabaseProvider provider)
    {
        Providers.RequireAvailable(provider);
        var database = await TestDatabase.CreateAsync(provider);
        await using (database)
        {
            var reminded = Guid.NewGuid();
            var cancelled = Guid.NewGuid();
            using (var first = HostWithTarget(database))
            {
                first.StartServer();
                await using var scope = first.Services.CreateAsyncScope();
                var runtime = scope.ServiceProvider.GetRequiredService<IWorkflowRuntime>();
                var db = scope.ServiceProvider.GetRequiredService<WorkflowDbContext>();
                var timers = scope.ServiceProvider.GetRequiredService<WorkflowTimers>();
                var position = await runtime.StartAsync("progress-report-review", CancellationToken.None);
                var submitted = position with { State = "submitted" };
                var plan = new WorkflowTimerPlan(0, "remind", TimeSpan.FromSeconds(3), ["assignedFocalPoint", "admin"], null);

                timers.Stage(RecordingTarget.Type, reminded, submitted, [plan], DateTimeOffset.UtcNow);
                timers.Stage(RecordingTarget.Type, cancelled, submitted, [plan], DateTimeOffset.UtcNow);
                await db.SaveChangesAsync();
                await timers.LoadAsync([(RecordingTarget.Type, cancelled)], CancellationToken.None); // the document moved on
                timers.StageCancelAllLoaded(RecordingTarget.Type, cancelled);
                await db.SaveChangesAsync();
            }

            using var second = HostWithTarget(database);
            second.StartServer();
            var deadline = DateTime.UtcNow.AddSeconds(20);
            while (DateTime.UtcNow < deadline && !RecordingTarget.Received.Any(d => d.DocumentId == reminded))
            {
                await Task.Delay(200);
            }

            await Task.Delay(2000); // time for the cancelled one, had it survived
            var due = Assert.Single(RecordingTarget.Received, d => d.DocumentId == reminded);
            Assert.Equal(("submitted", "remind", 1), (due.State, due.Action, due.Version));
            Assert.Equal(["assignedFocalPoint", "admin"], due.Actors);
            Assert.DoesNotContain(RecordingTarget.Received, d => d.DocumentId == cancelled);
        }
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_move_that_cancels_timers_cancels_those_an_earlier_move_in_the_same_batch_scheduled(DatabaseProvider provider)
    {
        Providers.RequireAvailable(provider);
        var database = await TestDatabase.CreateAsync(provider);
        await using (database)
        {
            using var host = HostWithTarget(database);
            host.StartServer();
            var bus = host.Services.GetRequiredService<IBus>();
            var document = Guid.NewGuid();
            var submitted = new WorkflowPosition("activity-report-review", 1, "submitted");
            var plan = new WorkflowTimerPlan(0, "remind", TimeSpan.FromDays(14), ["assignedFocalPoint"], null);

            await using var scope = host.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<WorkflowDbContext>();
            Task<int> AppliedChanges() => db.InboxMessages.CountAsync(m => m.Consumer.EndsWith("TimersChangedConsumer"));
            async Task AppliedAsync(int changes)
            {
                await Eventually.HoldsAsync(async () => await AppliedChanges() >= changes, TimeSpan.FromSeconds(10));
                Assert.Equal(changes, await AppliedChanges());
            }

            // Submitted: a reminder in two weeks, saved.
            await bus.Publish(new WorkflowTimersChanged(RecordingTarget.Type, document, submitted, true, [plan], DateTimeOffset.UtcNow));
            await AppliedAsync(1);
            Assert.Equal(1, await db.Timers.CountAsync(t => t.DocumentId == document));

            // Returned and resubmitted (a new reminder), then accepted at once: the three changes reach the consumer in one
            // batch, and the saved reminder and the one staged in the batch both go.
            await bus.Publish(new WorkflowTimersChanged(RecordingTarget.Type, document, submitted with { State = "returned" }, true, [], DateTimeOffset.UtcNow));
            await bus.Publish(new WorkflowTimersChanged(RecordingTarget.Type, document, submitted, true, [plan], DateTimeOffset.UtcNow));
            await bus.Publish(new WorkflowTimersChanged(
                RecordingTarget.Type, document, submitted with { State = "accepted" }, true, [], DateTimeOffset.UtcNow));
            await AppliedAsync(4);
            Assert.False(await db.Timers.AnyAsync(t => t.DocumentId == document));
        }
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_change_that_arrives_after_a_later_one_is_ignored_and_timers_run_from_the_move(DatabaseProvider provider)
    {
        Providers.RequireAvailable(provider);
        var database = await TestDatabase.CreateAsync(provider);
        await using (database)
        {
            using var host = HostWithTarget(database);
            host.StartServer();
            var bus = host.Services.GetRequiredService<IBus>();
            var (redelivered, delayed) = (Guid.NewGuid(), Guid.NewGuid());
            var submitted = new WorkflowPosition("activity-report-review", 1, "submitted");
            var plan = new WorkflowTimerPlan(0, "remind", TimeSpan.FromDays(14), ["assignedFocalPoint"], null);
            var submittedAt = DateTimeOffset.UtcNow.AddHours(-3);

            // The accept (made from version 2 of the report) is consumed first; the submit's change (from version 1) comes
            // after it, as a redelivery or another node's consumer may bring it. The report stays without a reminder.
            await bus.Publish(new WorkflowTimersChanged(RecordingTarget.Type, redelivered, submitted with { State = "accepted" }, true, [], DateTimeOffset.UtcNow, 2));
            await using var scope = host.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<WorkflowDbContext>();
            Assert.True(await Eventually.HoldsAsync(() => db.AppliedTimerChanges.AnyAsync(a => a.DocumentId == redelivered), TimeSpan.FromSeconds(10)));
            await bus.Publish(new WorkflowTimersChanged(RecordingTarget.Type, redelivered, submitted, true, [plan], submittedAt, 1));

            // A submit whose change is applied hours late: its reminder is due two weeks after the submission, not after now.
            await bus.Publish(new WorkflowTimersChanged(RecordingTarget.Type, delayed, submitted, true, [plan], submittedAt, 1));
            Assert.True(await Eventually.HoldsAsync(
                () => db.InboxMessages.CountAsync(m => m.Consumer.EndsWith("TimersChangedConsumer")).ContinueWith(t => t.Result == 3), TimeSpan.FromSeconds(10)));

            Assert.False(await db.Timers.AnyAsync(t => t.DocumentId == redelivered));
            Assert.Equal(2, (await db.AppliedTimerChanges.AsNoTracking().SingleAsync(a => a.DocumentId == redelivered)).DocumentVersion);
            var reminder = await db.Timers.AsNoTracking().SingleAsync(t => t.DocumentId == delayed);
            Assert.Equal((submittedAt + plan.After).UtcDateTime, reminder.DueAt, TimeSpan.FromMilliseconds(1));
        }
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_change_another_node_commits_while_this_one_reads_fails_the_save_and_is_not_overlooked(DatabaseProvider provider)
    {
        Providers.RequireAvailable(provider);
        var database = await TestDatabase.CreateAsync(provider);
        await using (database)
        {
            using var host = HostWithTarget(database);
            host.StartServer();
            var submitted = new WorkflowPosition("activity-report-review", 1, "submitted");
            var plan = new WorkflowTimerPlan(0, "remind", TimeSpan.FromDays(14), ["assignedFocalPoint"], null);

            async Task ApplyAsync(WorkflowDbContext db, Guid document, int version, WorkflowPosition position, WorkflowTimerPlan[] plans)
            {
                var timers = new WorkflowTimers(db);
                await timers.LoadAsync([(RecordingTarget.Type, document)], CancellationToken.None);
                timers.StageChange(new WorkflowTimersChanged(
                    RecordingTarget.Type, document, position, CancelPrevious: true, plans, DateTimeOffset.UtcNow, version));
                await db.SaveChangesAsync();
            }

            // Another node's consumer, or this one's retry: a unit of work of its own.
            async Task ApplyFreshAsync(Guid document, int version, WorkflowPosition position, WorkflowTimerPlan[] plans)
            {
                await using var scope = host.Services.CreateAsyncScope();
                await ApplyAsync(scope.ServiceProvider.GetRequiredService<WorkflowDbContext>(), document, version, position, plans);
            }

            // A report's first change (its submit), and a report whose submit was applied before and whose resubmit comes now:
            // the other node applies the submit between this node's two reads for the accept, which then cannot be saved
            // (the first applied change's key, or the changed version), and applied again, it cancels the new reminder.
            var first = Guid.NewGuid();
            var resubmitted = Guid.NewGuid();
            await ApplyFreshAsync(resubmitted, 1, submitted, [plan]);
            foreach (var (document, otherVersion) in new[] { (first, 1), (resubmitted, 2) })
            {
                await using var scope = host.Services.CreateAsyncScope();
                var otherNode = new BeforeSecondRead(() => ApplyFreshAsync(document, otherVersion, submitted, [plan]));
                var pooled = scope.ServiceProvider.GetRequiredService<WorkflowDbContext>();
                var options = new DbContextOptionsBuilder((DbContextOptions)scope.ServiceProvider.GetRequiredService(
                    typeof(DbContextOptions<>).MakeGenericType(pooled.GetType()))).AddInterceptors(otherNode).Options;
                await using (var db = (WorkflowDbContext)Activator.CreateInstance(pooled.GetType(), options)!)
                {
                    var accepted = submitted with { State = "accepted" };
                    await Assert.ThrowsAnyAsync<DbUpdateException>(() => ApplyAsync(db, document, otherVersion + 1, accepted, []));
                    Assert.True(otherNode.Committed);
                }

                await ApplyFreshAsync(document, otherVersion + 1, submitted with { State = "accepted" }, []); // the retry
                await using var check = host.Services.CreateAsyncScope();
                var saved = check.ServiceProvider.GetRequiredService<WorkflowDbContext>();
                Assert.False(await saved.Timers.AnyAsync(t => t.DocumentId == document), "the accepted report kept the submit's reminder");
                Assert.Equal(otherVersion + 1, (await saved.AppliedTimerChanges.SingleAsync(a => a.DocumentId == document)).DocumentVersion);
            }
        }
    }

    private static HostFactory HostWithTarget(TestDatabase database) =>
        new(database, services: s => s.AddScoped<IWorkflowTimerTarget, RecordingTarget>());

    /// <summary>Stands for the module that owns documents: records what it was asked to do.</summary>
    private sealed class RecordingTarget : IWorkflowTimerTarget
    {
        public const string Type = "test-document";

        public static ConcurrentQueue<WorkflowTimerDue> Received { get; } = new();

        public string DocumentType => Type;

        public Task OnTimerAsync(WorkflowTimerDue due, CancellationToken cancellationToken)
        {
            Received.Enqueue(due);
            return Task.CompletedTask;
        }
    }

    /// <summary>Commits another node's work once, after the context's first read and before its second.</summary>
    private sealed class BeforeSecondRead(Func<Task> work) : DbCommandInterceptor
    {
        private int reads;

        public bool Committed { get; private set; }

        public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            if (++reads == 2)
            {
                await work();
                Committed = true;
            }

            return result;
        }
    }
}
