namespace ModularReports.BuildingBlocks.Hosting;

/// <summary>
/// Fills a module with demo data on the embedded default, so a new user has something to look at.
/// Seeders run after migrations, in registration order, only when <c>Demo:Seed</c> allows it, and must
/// leave a database that already has data alone.
/// </summary>
public interface IDemoDataSeeder
{
    Task SeedAsync(CancellationToken cancellationToken);
}
