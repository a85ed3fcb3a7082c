using Hangfire;
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
}
