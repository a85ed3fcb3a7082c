using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using ModularReports.Workflow.Contracts;
using ModularReports.Workflow.Definitions;
using ModularReports.Workflow.Engine;

namespace ModularReports.Benchmarks;

/// <summary>Deciding the available actions for a document pinned to the newest version, with 1 or 1,000 versions published.</summary>
[MemoryDiagnoser]
public class VersionScalingBenchmarks
{
    private DefinitionCache cache = null!;

    [Params(1, 1000)]
    public int PublishedVersions { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        cache = new DefinitionCache(new ServiceCollection().BuildServiceProvider().GetRequiredService<IServiceScopeFactory>());
        var definition = DefaultDefinitions.Load(DefaultDefinitions.ProgressReportReview);
        for (var n = 1; n <= PublishedVersions; n++)
        {
            cache.Add(definition.Key, n, definition);
        }
    }

    [Benchmark(Description = "decide available actions (pinned version)")]
    public async Task<int> Decide()
    {
        var definition = await cache.GetAsync("progress-report-review", PublishedVersions, CancellationToken.None);
        var context = new DocumentContext("inReview", Guid.Empty, new HashSet<string> { WorkflowActors.Admin }, Guid.NewGuid(), (_, _) => true);
        return WorkflowEngine.AvailableActions(definition, context).Count;
    }
}
