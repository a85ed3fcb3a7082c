namespace ModularReports.Constituencies.Data;

/// <summary>Constituents, congresses, resolutions and focal points, in the constituencies schema.</summary>
internal abstract class ConstituenciesDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    public const string SchemaName = "constituencies";

    public DbSet<Constituent> Constituents => Set<Constituent>();

    public DbSet<Congress> Congresses => Set<Congress>();

    public DbSet<Resolution> Resolutions => Set<Resolution>();

    public DbSet<FocalPoint> FocalPoints => Set<FocalPoint>();

    public DbSet<ImportJob> ImportJobs => Set<ImportJob>();

    protected override string Schema => SchemaName;
}
