using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ModularReports.Reporting.Data.Configurations;

/// <summary>The columns both kinds of report have, each in its own table.</summary>
internal static class ReviewedReportColumns
{
    public static void Configure<TReport>(EntityTypeBuilder<TReport> b, int textLimit)
        where TReport : ReviewedReport
    {
        b.HasKey(r => r.Id);
        b.Property(r => r.OtherOrganisations).HasMaxLength(textLimit);
        b.Property(r => r.Results).HasMaxLength(textLimit);
        b.Property(r => r.Challenges).HasMaxLength(textLimit);
        b.Property(r => r.FutureActions).HasMaxLength(textLimit);
        b.Property(r => r.DefinitionKey).HasMaxLength(100);
        b.Property(r => r.State).HasMaxLength(100);
        b.Ignore(r => r.Position);
        b.Ignore(r => r.RequiredFieldsComplete);
        b.Ignore(r => r.Authors);
        b.Ignore(r => r.Kind);
        b.Ignore(r => r.TextMaxLength);
    }
}

internal sealed class ActivityReportConfiguration : IEntityTypeConfiguration<ActivityReport>
{
    public void Configure(EntityTypeBuilder<ActivityReport> b)
    {
        b.ToTable("activity_reports");
        ReviewedReportColumns.Configure(b, ActivityReport.TextLimit);
        b.Property(r => r.GeographicScope).HasMaxLength(ActivityReport.GeographicScopeMaxLength);
        // The lists belong to the report and are read and written with it: JSON columns on every provider.
        b.OwnsMany(r => r.Actions, a =>
        {
            a.ToJson();
        });
        b.Ignore(r => r.PeriodIsValid);
        b.HasIndex(r => new { r.ResolutionId, r.CountsForConsolidation });
        b.HasIndex(r => new { r.ConstituentId, r.UpdatedAt });
        b.HasIndex(r => new { r.IsPublic, r.PublishedAt });
        // The statistics count public activity reports and their organisations by resolution and dates from this index
        // alone, without reading the reports' large rows.
        b.HasIndex(r => new { r.IsPublic, r.ResolutionId, r.ConstituentId, r.PeriodFrom, r.PeriodTo });
    }
}

internal sealed class ProgressReportConfiguration : IEntityTypeConfiguration<ProgressReport>
{
    public void Configure(EntityTypeBuilder<ProgressReport> b)
    {
        b.ToTable("progress_reports");
        ReviewedReportColumns.Configure(b, ProgressReport.TextLimit);
        b.Property(r => r.ResolutionCode).HasMaxLength(40);
        b.Property(r => r.ResolutionTitles).HasMaxLength(2000);
        b.Property(r => r.AdditionalInformation).HasMaxLength(ProgressReport.TextLimit);
        b.Property(r => r.ActionsPlanned).HasMaxLength(10);
        b.Property(r => r.ImplementationStatus).HasMaxLength(40);
        b.OwnsMany(r => r.Sources, s => s.ToJson());
        b.Ignore(r => r.Title);
        b.HasOne<ReportingPeriod>().WithMany().HasForeignKey(r => r.PeriodId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(r => new { r.ResolutionId, r.PeriodId }).IsUnique(); // one per resolution per period
        // The public search: newest first (ties by id, same direction, so the index gives the order without a sort),
        // and each filter without reading the reports' (large) rows: the trailing columns let the other filters be
        // tested in the index, so counting and skipping read no report until the page itself.
        b.HasIndex(r => new { r.IsPublic, r.PublishedAt, r.Id, r.CategoryMask, r.ImplementationStatus, r.PeriodId });
        // Words with filters: each full-text match is joined to its report to test the filters, up to 1,001 of them for the
        // count; this index answers that join by id without reading the reports' (large) rows.
        b.HasIndex(r => new { r.Id, r.IsPublic, r.ResolutionCode, r.ResolutionId, r.ImplementationStatus, r.CategoryMask, r.PeriodId });
        b.HasIndex(r => new { r.IsPublic, r.ImplementationStatus, r.PublishedAt, r.Id, r.CategoryMask, r.PeriodId });
        b.HasIndex(r => new { r.IsPublic, r.PeriodId, r.PublishedAt, r.Id, r.CategoryMask, r.ImplementationStatus });
        // A resolution's few reports, by id or by code, newest first (the congress prefix uses the second too).
        b.HasIndex(r => new { r.ResolutionId, r.IsPublic, r.PublishedAt, r.Id });
        b.HasIndex(r => new { r.IsPublic, r.ResolutionCode, r.PublishedAt, r.Id });
    }
}

internal sealed class ProgressSearchRowConfiguration : IEntityTypeConfiguration<ProgressSearchRow>
{
    public void Configure(EntityTypeBuilder<ProgressSearchRow> b)
    {
        // Created by the SQLite migration as an FTS5 virtual table with its triggers, not by EF.
        b.ToTable(ProgressSearchRow.Table, t => t.ExcludeFromMigrations());
        b.HasNoKey();
        b.Property(s => s.Sequence).HasColumnName("rowid");
    }
}

internal sealed class ReportingPeriodConfiguration : IEntityTypeConfiguration<ReportingPeriod>
{
    public void Configure(EntityTypeBuilder<ReportingPeriod> b)
    {
        b.ToTable("periods");
        b.HasKey(p => p.Id);
        b.Property(p => p.Name).HasMaxLength(100);
        b.HasIndex(p => p.Name).IsUnique();
    }
}

internal sealed class JournalEntryConfiguration : IEntityTypeConfiguration<JournalEntry>
{
    public void Configure(EntityTypeBuilder<JournalEntry> b)
    {
        b.ToTable("journal");
        b.HasKey(j => j.Id);
        b.Property(j => j.From).HasMaxLength(100);
        b.Property(j => j.To).HasMaxLength(100);
        b.Property(j => j.Trigger).HasMaxLength(100);
        b.Property(j => j.Comment).HasMaxLength(ActivityReport.TextLimit);
        b.Property(j => j.Decision).HasMaxLength(20);
        b.HasIndex(j => new { j.ReportId, j.At }); // the report is an activity or a progress report
        b.Ignore(j => j.IsMove);
        b.HasIndex(j => new { j.ActorUserId, j.At }); // what a reviewer did lately
    }
}

internal sealed class SubmittedVersionConfiguration : IEntityTypeConfiguration<SubmittedVersion>
{
    public void Configure(EntityTypeBuilder<SubmittedVersion> b)
    {
        b.ToTable("submitted_versions");
        b.HasKey(v => v.Id);
        b.HasIndex(v => new { v.ReportId, v.Number }).IsUnique();
    }
}

internal sealed class PeriodExportConfiguration : IEntityTypeConfiguration<PeriodExport>
{
    public void Configure(EntityTypeBuilder<PeriodExport> b)
    {
        b.ToTable("period_exports");
        b.HasKey(e => e.Id);
        b.Property(e => e.Language).HasMaxLength(8);
        b.Property(e => e.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(e => e.Failure).HasMaxLength(500);
        b.Property(e => e.RunId).IsConcurrencyToken(); // a run saves only while it still holds the export
        b.Ignore(e => e.IsFinished);
        b.Ignore(e => e.Percent);
        b.HasIndex(e => e.RequestedAt); // the list, newest first
    }
}

internal sealed class ExportFileChunkConfiguration : IEntityTypeConfiguration<ExportFileChunk>
{
    public void Configure(EntityTypeBuilder<ExportFileChunk> b)
    {
        b.ToTable("export_file_chunks");
        b.HasKey(c => new { c.RunId, c.File, c.Sequence });
        b.Property(c => c.File).HasMaxLength(20);
        b.HasIndex(c => c.ExportId); // an export's files, all runs, removed together
    }
}
