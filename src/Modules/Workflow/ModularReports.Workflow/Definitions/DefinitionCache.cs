using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using ModularReports.Workflow.Data;

namespace ModularReports.Workflow.Definitions;

/// <summary>
/// Published versions never change, so each is parsed once and kept by (key, number): deciding costs the same
/// whether a definition has one version or a thousand.
/// </summary>
internal sealed class DefinitionCache(IServiceScopeFactory scopes)
{
    private readonly ConcurrentDictionary<(string Key, int Number), WorkflowDefinitionModel> versions = new();

    public async ValueTask<WorkflowDefinitionModel> GetAsync(string key, int number, CancellationToken cancellationToken)
    {
        if (versions.TryGetValue((key, number), out var cached))
        {
            return cached;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkflowDbContext>();
        var json = await db.Versions.AsNoTracking().Where(v => v.Key == key && v.Number == number).Select(v => v.Json).SingleOrDefaultAsync(cancellationToken)
            ?? throw new KeyNotFoundException($"No version {number} of workflow '{key}'.");
        return versions.GetOrAdd((key, number), DefaultDefinitions.Parse(json));
    }

    /// <summary>For tests and benchmarks: a version known without the database.</summary>
    public void Add(string key, int number, WorkflowDefinitionModel definition) => versions[(key, number)] = definition;
}
