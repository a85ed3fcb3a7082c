using Microsoft.Extensions.Logging;

namespace ModularReports.BuildingBlocks.Hosting;

/// <summary>How much sample data to generate (the performance measurements' data sets).</summary>
public sealed record SampleDataSize(int ActivityReports, int ProgressReports)
{
    /// <summary>Resolutions needed so that every progress report has its own resolution and period (ten periods).</summary>
    public int Resolutions => Math.Max(100, (int)Math.Ceiling(ProgressReports / (double)SampleData.Periods));
}

/// <summary>
/// Fills a module with a large, realistic data set for load measurements (<c>generate-data</c> on the host's command
/// line). Generators run after the demo data, by <see cref="Order"/>, and add to what is there.
/// </summary>
public interface ISampleDataGenerator
{
    int Order { get; }

    Task GenerateAsync(SampleDataSize size, CancellationToken cancellationToken);
}

public static class SampleData
{
    /// <summary>Reporting periods of the sample data: one per year.</summary>
    public const int Periods = 10;

    public static async Task GenerateAsync(this IServiceProvider services, SampleDataSize size, CancellationToken cancellationToken = default)
    {
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("SampleData");
        await using var scope = services.CreateAsyncScope();
        foreach (var generator in scope.ServiceProvider.GetServices<ISampleDataGenerator>().OrderBy(g => g.Order))
        {
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            await generator.GenerateAsync(size, cancellationToken);
            logger.LogWarning("{Generator} done in {Elapsed}", generator.GetType().Name, System.Diagnostics.Stopwatch.GetElapsedTime(started));
        }
    }
}
