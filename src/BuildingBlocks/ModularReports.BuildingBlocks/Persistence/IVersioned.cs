namespace ModularReports.BuildingBlocks.Persistence;

/// <summary>
/// An aggregate people edit. Its <see cref="Version"/> is a concurrency token that goes up by one on each
/// save, so a write based on a stale read fails instead of overwriting someone else's change. It works the
/// same on every provider (no rowversion/xmin), and doubles as the ETag a client sends back.
/// </summary>
public interface IVersioned
{
    int Version { get; set; }
}
