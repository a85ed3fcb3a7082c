using Hangfire;
using Hangfire.Storage;
using Microsoft.Extensions.DependencyInjection;
using ModularReports.BuildingBlocks.Persistence;
using ModularReports.HostTesting;
using ModularReports.Testing;

namespace ModularReports.Host.Tests;

public sealed class BackgroundJobsTests
{
    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_scheduled_job_survives_a_restart_of_the_host(DatabaseProvider provider)
    {
        Providers.RequireAvailable(provider);
        var database = await TestDatabase.CreateAsync(provider);
        await using (database)
        {
            string jobId;
            using (var first = new HostFactory(database))
            {
                first.StartServer();
                var jobs = first.Services.GetRequiredService<IBackgroundJobClient>();
                jobId = jobs.Schedule(() => Console.WriteLine("reminder"), TimeSpan.FromHours(1));
            }

            using var second = new HostFactory(database);
            second.StartServer();
            var storage = second.Services.GetRequiredService<JobStorage>();
            var details = storage.GetMonitoringApi().JobDetails(jobId);

            Assert.NotNull(details);
            Assert.Equal("Scheduled", details.History[0].StateName);
        }
    }

    [Fact]
    public async Task A_node_that_does_not_run_jobs_queues_them_for_the_others_and_leaves_the_schedules_alone()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var node = new HostFactory(database, new Dictionary<string, string?> { ["BackgroundJobs:Run"] = "false" });
        node.StartServer();

        Assert.DoesNotContain(node.Services.GetServices<Microsoft.Extensions.Hosting.IHostedService>(), s => s.GetType().Namespace?.StartsWith("Hangfire", StringComparison.Ordinal) == true);
        var storage = node.Services.GetRequiredService<JobStorage>();
        using (var connection = storage.GetConnection())
        {
            Assert.Empty(connection.GetRecurringJobs());
        }

        var id = node.Services.GetRequiredService<IBackgroundJobClient>().Enqueue(() => Console.WriteLine("import"));
        await Task.Delay(TimeSpan.FromSeconds(3)); // several polls of a node that would run it
        Assert.Equal("Enqueued", storage.GetMonitoringApi().JobDetails(id).History[0].StateName);
    }

    [Fact]
    public async Task Every_recurring_task_runs_on_the_schedule_configuration_gives_it_or_else_its_default()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var node = new HostFactory(database, new Dictionary<string, string?>
        {
            ["BackgroundJobs:Schedules:notifications-daily-digest"] = "15 5 * * 1-5",
            ["BackgroundJobs:Schedules:identity-sign-in-records"] = "*/10 * * * *",
        });
        node.StartServer();

        using var connection = node.Services.GetRequiredService<JobStorage>().GetConnection();
        var schedules = connection.GetRecurringJobs().ToDictionary(j => j.Id, j => j.Cron);
        Assert.Equal("15 5 * * 1-5", schedules["notifications-daily-digest"]);
        Assert.Equal("*/10 * * * *", schedules["identity-sign-in-records"]);
        Assert.Equal("0 6 * * *", schedules["reporting-period-due-reminders"]);
        Assert.Equal("30 3 * * *", schedules["messaging-retention"]);
    }

    [Fact]
    public async Task A_schedule_set_the_way_it_no_longer_is_stops_the_start_with_the_setting_to_use()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var node = new HostFactory(database, new Dictionary<string, string?> { ["Notifications:DigestCron"] = "0 8 * * *" });

        var refused = Assert.ThrowsAny<InvalidOperationException>(node.StartServer);
        Assert.Contains("BackgroundJobs:Schedules:notifications-daily-digest", refused.Message, StringComparison.Ordinal);
    }
}
