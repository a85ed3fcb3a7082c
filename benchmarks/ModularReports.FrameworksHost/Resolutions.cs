using Microsoft.EntityFrameworkCore;

namespace ModularReports.FrameworksHost;

/// <summary>The node's resolutions table, read as the catalogue module reads it (its table name on each provider).</summary>
internal sealed class Resolutions(DbContextOptions<Resolutions> options) : DbContext(options)
{
    public DbSet<Resolution> All => Set<Resolution>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var table = modelBuilder.Entity<Resolution>();
        _ = Database.IsSqlite() ? table.ToTable("constituencies_resolutions") : table.ToTable("resolutions", "constituencies");
    }
}

internal sealed record Resolution(Guid Id, string Code, string TitleEn);
