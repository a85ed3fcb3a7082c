using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ModularReports.Identity.Data.Configurations;

// ASP.NET Core Identity's own mapping (IdentityDbContext.OnModelCreating), with this module's table names:
// the context derives from ModuleDbContext, so it cannot inherit Identity's.
internal sealed class UserConfiguration : IEntityTypeConfiguration<User>
{
    public void Configure(EntityTypeBuilder<User> b)
    {
        b.ToTable("users");
        b.HasKey(u => u.Id);
        b.HasIndex(u => u.NormalizedUserName).IsUnique();
        b.HasIndex(u => u.NormalizedEmail);
        b.Property(u => u.ConcurrencyStamp).IsConcurrencyToken();
        b.Property(u => u.UserName).HasMaxLength(256);
        b.Property(u => u.NormalizedUserName).HasMaxLength(256);
        b.Property(u => u.Email).HasMaxLength(256);
        b.Property(u => u.NormalizedEmail).HasMaxLength(256);
        b.Property(u => u.PhoneNumber).HasMaxLength(64);
        b.Property(u => u.DisplayName).HasMaxLength(User.DisplayNameMaxLength);
        b.Property(u => u.PreferredLanguage).HasMaxLength(8);
        b.HasMany<IdentityUserClaim<Guid>>().WithOne().HasForeignKey(c => c.UserId).IsRequired();
        b.HasMany<IdentityUserLogin<Guid>>().WithOne().HasForeignKey(l => l.UserId).IsRequired();
        b.HasMany<IdentityUserToken<Guid>>().WithOne().HasForeignKey(t => t.UserId).IsRequired();
        b.HasMany<IdentityUserRole<Guid>>().WithOne().HasForeignKey(r => r.UserId).IsRequired();
    }
}

internal sealed class RoleConfiguration : IEntityTypeConfiguration<Role>
{
    public void Configure(EntityTypeBuilder<Role> b)
    {
        b.ToTable("roles");
        b.HasKey(r => r.Id);
        b.HasIndex(r => r.NormalizedName).IsUnique();
        b.Property(r => r.ConcurrencyStamp).IsConcurrencyToken();
        b.Property(r => r.Name).HasMaxLength(256);
        b.Property(r => r.NormalizedName).HasMaxLength(256);
        b.HasMany<IdentityUserRole<Guid>>().WithOne().HasForeignKey(ur => ur.RoleId).IsRequired();
        b.HasMany<IdentityRoleClaim<Guid>>().WithOne().HasForeignKey(rc => rc.RoleId).IsRequired();

        // The roles are part of the application, not data: every database has them from its first migration.
        b.HasData(
            SeedRole("3f1d4c2a-5b6e-4f70-8a91-000000000001", Contracts.Roles.Admin),
            SeedRole("3f1d4c2a-5b6e-4f70-8a91-000000000002", Contracts.Roles.FocalPoint),
            SeedRole("3f1d4c2a-5b6e-4f70-8a91-000000000003", Contracts.Roles.Reporter));
    }

    private static Role SeedRole(string id, string name) => new()
    {
        Id = Guid.Parse(id),
        Name = name,
        NormalizedName = name.ToUpperInvariant(),
        ConcurrencyStamp = id,
    };
}

internal sealed class UserRoleConfiguration : IEntityTypeConfiguration<IdentityUserRole<Guid>>
{
    public void Configure(EntityTypeBuilder<IdentityUserRole<Guid>> b)
    {
        b.ToTable("user_roles");
        b.HasKey(r => new { r.UserId, r.RoleId });
    }
}

internal sealed class UserClaimConfiguration : IEntityTypeConfiguration<IdentityUserClaim<Guid>>
{
    public void Configure(EntityTypeBuilder<IdentityUserClaim<Guid>> b)
    {
        b.ToTable("user_claims");
        b.HasKey(c => c.Id);
    }
}

internal sealed class UserLoginConfiguration : IEntityTypeConfiguration<IdentityUserLogin<Guid>>
{
    public void Configure(EntityTypeBuilder<IdentityUserLogin<Guid>> b)
    {
        b.ToTable("user_logins");
        b.HasKey(l => new { l.LoginProvider, l.ProviderKey });
        b.Property(l => l.LoginProvider).HasMaxLength(128);
        b.Property(l => l.ProviderKey).HasMaxLength(128);
    }
}

internal sealed class UserTokenConfiguration : IEntityTypeConfiguration<IdentityUserToken<Guid>>
{
    public void Configure(EntityTypeBuilder<IdentityUserToken<Guid>> b)
    {
        b.ToTable("user_tokens");
        b.HasKey(t => new { t.UserId, t.LoginProvider, t.Name });
        b.Property(t => t.LoginProvider).HasMaxLength(128);
        b.Property(t => t.Name).HasMaxLength(128);
    }
}

internal sealed class RoleClaimConfiguration : IEntityTypeConfiguration<IdentityRoleClaim<Guid>>
{
    public void Configure(EntityTypeBuilder<IdentityRoleClaim<Guid>> b)
    {
        b.ToTable("role_claims");
        b.HasKey(c => c.Id);
    }
}

internal sealed class AdminAuditEntryConfiguration : IEntityTypeConfiguration<AdminAuditEntry>
{
    public void Configure(EntityTypeBuilder<AdminAuditEntry> b)
    {
        b.ToTable("admin_audit");
        b.HasKey(e => e.Id);
        b.Property(e => e.ActorEmail).HasMaxLength(256);
        b.Property(e => e.TargetEmail).HasMaxLength(256);
        b.Property(e => e.Action).HasMaxLength(64);
        b.Property(e => e.Details).HasMaxLength(2000);
        b.HasIndex(e => new { e.TargetUserId, e.OccurredAt });
    }
}

internal sealed class SignInThrottleConfiguration : IEntityTypeConfiguration<SignInThrottle>
{
    public void Configure(EntityTypeBuilder<SignInThrottle> b)
    {
        b.ToTable("sign_in_throttles");
        b.HasKey(t => new { t.Account, t.ClientAddress });
        b.Property(t => t.Account).HasMaxLength(SignInThrottle.AccountMaxLength);
        b.Property(t => t.ClientAddress).HasMaxLength(SignInThrottle.ClientMaxLength);
        b.HasIndex(t => t.LastFailureAt); // pruning
    }
}

internal sealed class RedeemedRefreshTokenConfiguration : IEntityTypeConfiguration<RedeemedRefreshToken>
{
    public void Configure(EntityTypeBuilder<RedeemedRefreshToken> b)
    {
        b.ToTable("redeemed_refresh_tokens");
        b.HasKey(t => t.TokenHash);
        b.Property(t => t.TokenHash).HasMaxLength(64);
        b.HasIndex(t => t.ExpiresAt); // pruning
    }
}
