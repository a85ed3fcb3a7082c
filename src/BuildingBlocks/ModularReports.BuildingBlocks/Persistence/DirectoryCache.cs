using Microsoft.Extensions.Caching.Memory;

namespace ModularReports.BuildingBlocks.Persistence;

/// <summary>
/// What a module answers other modules about its reference data (people, resolutions, constituents, focal points),
/// kept for a short while: a request and the consumers behind it ask the same questions many times. An entry is keyed
/// on the module's <see cref="ModuleDbContext.DataGeneration"/>, so a change saved in this process is seen at once, and
/// one saved by another node as soon as that node tells of it (ADR 33); where nodes cannot tell each other (SQL Server),
/// within <see cref="Lifetime"/> (ADR 15).
/// </summary>
public sealed class DirectoryCache(IMemoryCache cache)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    public async Task<T> GetOrLoadAsync<T>(string schema, string question, object key, Func<Task<T>> load)
    {
        var entry = (schema, ModuleDbContext.DataGeneration(schema), question, key);
        if (cache.TryGetValue(entry, out T? known))
        {
            return known!;
        }

        var loaded = await load();
        cache.Set(entry, loaded, Lifetime);
        return loaded;
    }

    /// <summary>Several keys at once: those not known yet are loaded together; an unknown key is remembered as missing.</summary>
    public async Task<IReadOnlyDictionary<TKey, TValue>> GetOrLoadManyAsync<TKey, TValue>(
        string schema, string question, IReadOnlyCollection<TKey> keys, Func<IReadOnlyCollection<TKey>, Task<IReadOnlyDictionary<TKey, TValue>>> load)
        where TKey : notnull
        where TValue : class
    {
        var generation = ModuleDbContext.DataGeneration(schema);
        var found = new Dictionary<TKey, TValue>();
        var missing = new List<TKey>();
        foreach (var key in keys.Distinct())
        {
            if (cache.TryGetValue((schema, generation, question, (object)key), out TValue? known))
            {
                if (known is not null)
                {
                    found[key] = known;
                }
            }
            else
            {
                missing.Add(key);
            }
        }

        if (missing.Count > 0)
        {
            var loaded = await load(missing);
            foreach (var key in missing)
            {
                var value = loaded.GetValueOrDefault(key);
                cache.Set((schema, generation, question, (object)key), value, Lifetime);
                if (value is not null)
                {
                    found[key] = value;
                }
            }
        }

        return found;
    }
}
