using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace ModularReports.StackHost;

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

internal sealed record Ping;

internal sealed class PingConsumer : IConsumer<Ping>
{
    public Task Consume(ConsumeContext<Ping> context) => Task.CompletedTask;
}
