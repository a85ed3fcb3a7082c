namespace ModularReports.BuildingBlocks.Hosting;

/// <summary>
/// Fills a module with demo data on the embedded default, so a new user has something to look at.
/// Seeders run after migrations and reference data, by <see cref="Order"/>, only when <c>Demo:Seed</c> allows it,
/// and must leave data that already exists alone.
/// </summary>
public interface IDemoDataSeeder
{
    /// <summary>Lower runs first: a seeder that links to another module's demo data runs after it.</summary>
    int Order => 0;

    Task SeedAsync(CancellationToken cancellationToken);
}

/// <summary>
/// Facts every installation needs (IUCN's Commissions, a Congress and its resolutions), added at start-up when
/// missing, whatever <c>Demo:Seed</c> says. Admins edit them like any other data afterwards.
/// </summary>
public interface IReferenceDataSeeder
{
    Task SeedAsync(CancellationToken cancellationToken);
}
