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
}
