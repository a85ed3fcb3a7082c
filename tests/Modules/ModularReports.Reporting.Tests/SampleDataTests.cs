using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ModularReports.BuildingBlocks.Hosting;
using ModularReports.BuildingBlocks.Persistence;
using ModularReports.HostTesting;
using ModularReports.Reporting.Data;
using ModularReports.Testing;

namespace ModularReports.Reporting.Tests;

/// <summary>The load measurements' data (<c>generate-data</c>) must be what the application itself would have written, on either database.</summary>
public sealed class SampleDataTests
{
    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_generated_reports_are_complete_and_the_published_ones_are_found_by_the_public_search(DatabaseProvider provider)
    {
        Providers.RequireAvailable(provider);
        await using var host = await HostFactory.StartAsync(provider);
        int demoActivityReports;
        await using (var before = host.Services.CreateAsyncScope())
        {
            var demo = before.ServiceProvider.GetRequiredService<ReportingDbContext>();
            Assert.Equal(0, await demo.ProgressReports.CountAsync(r => r.ResolutionCode.StartsWith("WCC 2016")));
            demoActivityReports = await demo.ActivityReports.CountAsync();
        }

        await host.Services.GenerateAsync(new SampleDataSize(200, 40));

        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReportingDbContext>();
        var progress = await db.ProgressReports.AsNoTracking().Where(r => r.ResolutionCode.StartsWith("WCC 2016")).ToListAsync();
        Assert.Equal(40, progress.Count);
        Assert.All(progress, r =>
        {
            Assert.NotEqual(default, r.CreatedAt);
            Assert.True(r.UpdatedAt > r.CreatedAt);
            Assert.Equal(r.IsPublic, r.SubmitterUserId is not null);
            Assert.Equal(r.IsPublic, r.PublishedAt is not null);
        });
        var activity = await db.ActivityReports.AsNoTracking().ToListAsync();
        Assert.Equal(demoActivityReports + 200, activity.Count);
        Assert.All(activity, r => Assert.True(r.CreatedAt != default && r.UpdatedAt >= r.CreatedAt));

        var published = await host.CreateClient().GetFromJsonAsync<JsonElement>("/api/public/progress-reports?congress=WCC%202016&pageSize=50");
        Assert.Equal(progress.Count(r => r.IsPublic), published.GetProperty("total").GetInt32());
    }
}
