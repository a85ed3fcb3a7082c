using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using ModularReports.BuildingBlocks.Persistence;

namespace ModularReports.Identity.Data;

/// <summary>Accounts, roles, the admin audit trail and the data-protection keys, in the identity schema.</summary>
internal abstract class IdentityDbContext(DbContextOptions options) : ModuleDbContext(options), IDataProtectionKeyContext
{
    public const string SchemaName = "identity";

    public DbSet<User> Users => Set<User>();

    public DbSet<Role> Roles => Set<Role>();

    public DbSet<IdentityUserRole<Guid>> UserRoles => Set<IdentityUserRole<Guid>>();

    public DbSet<AdminAuditEntry> AdminAudit => Set<AdminAuditEntry>();

    public DbSet<SignInThrottle> SignInThrottles => Set<SignInThrottle>();

    public DbSet<RedeemedRefreshToken> RedeemedRefreshTokens => Set<RedeemedRefreshToken>();

    /// <summary>Shared by every instance, so cookies and tokens stay valid across restarts and servers.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override string Schema => SchemaName;

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        base.ConfigureModel(modelBuilder);
        modelBuilder.Entity<DataProtectionKey>().ToTable("data_protection_keys");
    }
}
