using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ModularReports.Constituencies.Data.Configurations;

internal sealed class ConstituentConfiguration : IEntityTypeConfiguration<Constituent>
{
    public void Configure(EntityTypeBuilder<Constituent> b)
    {
        b.ToTable("constituents");
        b.HasKey(c => c.Id);
        b.Property(c => c.Type).HasConversion<string>().HasMaxLength(32);
        b.Property(c => c.Name).HasMaxLength(Constituent.NameMaxLength);
        b.Property(c => c.Acronym).HasMaxLength(Constituent.AcronymMaxLength);
        b.Property(c => c.CountryCode).HasMaxLength(2).IsFixedLength();
        b.Property(c => c.Region).HasMaxLength(100);
        b.Property(c => c.MembershipCategory).HasMaxLength(1).IsFixedLength();
        b.Property(c => c.DisplayNameOverride).HasMaxLength(400);
        b.HasOne<Constituent>().WithMany().HasForeignKey(c => c.ParentId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(c => new { c.Type, c.Name });
        // Members are matched by name and country on import (Members have no other natural key).
        b.HasIndex(c => new { c.Type, c.Name, c.CountryCode });
    }
}

internal sealed class CongressConfiguration : IEntityTypeConfiguration<Congress>
{
    public void Configure(EntityTypeBuilder<Congress> b)
    {
        b.ToTable("congresses");
        b.HasKey(c => c.Id);
        b.Property(c => c.Code).HasMaxLength(20);
        b.Property(c => c.Place).HasMaxLength(200);
        b.HasIndex(c => c.Code).IsUnique();
    }
}

internal sealed class ResolutionConfiguration : IEntityTypeConfiguration<Resolution>
{
    public void Configure(EntityTypeBuilder<Resolution> b)
    {
        b.ToTable("resolutions");
        b.HasKey(r => r.Id);
        b.Property(r => r.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(r => r.Code).HasMaxLength(40);
        b.Property(r => r.TitleEn).HasMaxLength(Resolution.TitleMaxLength);
        b.Property(r => r.TitleFr).HasMaxLength(Resolution.TitleMaxLength);
        b.Property(r => r.TitleEs).HasMaxLength(Resolution.TitleMaxLength);
        b.Property(r => r.Summary).HasMaxLength(Resolution.SummaryMaxLength);
        b.Property(r => r.DocumentUrl).HasMaxLength(Resolution.DocumentUrlMaxLength);
        b.Property(r => r.SearchText).HasMaxLength(1700);
        b.HasIndex(r => r.Code).IsUnique();
        b.HasIndex(r => new { r.CongressId, r.Kind, r.Status, r.Code });
        b.HasOne<Congress>().WithMany().HasForeignKey(r => r.CongressId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class FocalPointConfiguration : IEntityTypeConfiguration<FocalPoint>
{
    public void Configure(EntityTypeBuilder<FocalPoint> b)
    {
        b.ToTable("focal_points");
        b.HasKey(f => f.Id);
        b.Property(f => f.AssignedBy).HasMaxLength(256);
        b.HasIndex(f => new { f.ResolutionId, f.UserId }).IsUnique();
        b.HasIndex(f => f.UserId);
        b.HasOne<Resolution>().WithMany().HasForeignKey(f => f.ResolutionId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Constituent>().WithMany().HasForeignKey(f => f.ConstituentId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ImportJobConfiguration : IEntityTypeConfiguration<ImportJob>
{
    public void Configure(EntityTypeBuilder<ImportJob> b)
    {
        b.ToTable("import_jobs");
        b.HasKey(j => j.Id);
        b.Property(j => j.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(j => j.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(j => j.FileName).HasMaxLength(260);
        b.Property(j => j.CreatedBy).HasMaxLength(256);
        b.Property(j => j.Failure).HasMaxLength(2000);
        b.HasIndex(j => j.CreatedAt);
    }
}
