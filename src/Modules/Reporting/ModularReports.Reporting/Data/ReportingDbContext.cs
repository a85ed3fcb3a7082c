using ModularReports.BuildingBlocks.Persistence;

namespace ModularReports.Reporting.Data;

/// <summary>Activity and progress reports, reporting periods, the reports' journal and submitted versions, admins' period exports, in the reporting schema.</summary>
internal abstract class ReportingDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    public const string SchemaName = "reporting";

    public DbSet<ActivityReport> ActivityReports => Set<ActivityReport>();

    public DbSet<ProgressReport> ProgressReports => Set<ProgressReport>();

    public DbSet<ReportingPeriod> Periods => Set<ReportingPeriod>();

    /// <summary>SQLite only: the full-text index of progress reports (see <see cref="ProgressSearchRow"/>).</summary>
    public DbSet<ProgressSearchRow> ProgressSearch => Set<ProgressSearchRow>();

    public DbSet<JournalEntry> Journal => Set<JournalEntry>();

    public DbSet<SubmittedVersion> SubmittedVersions => Set<SubmittedVersion>();

    public DbSet<PeriodExport> PeriodExports => Set<PeriodExport>();

    public DbSet<ExportFileChunk> ExportFileChunks => Set<ExportFileChunk>();

    protected override string Schema => SchemaName;

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        base.ConfigureModel(modelBuilder);
        if (this is SqliteReportingDbContext)
        {
            FullTextMatch.Register(modelBuilder);
        }
    }
}
