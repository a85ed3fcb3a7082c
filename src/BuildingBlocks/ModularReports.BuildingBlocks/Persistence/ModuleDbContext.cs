using System.Text.Json;
using ModularReports.BuildingBlocks.Abstractions;
using ModularReports.BuildingBlocks.Messaging;

namespace ModularReports.BuildingBlocks.Persistence;

/// <summary>
/// Base of every module's DbContext: the module's own schema, its outbox and inbox tables, and the
/// concurrency convention for <see cref="IVersioned"/> aggregates.
/// </summary>
public abstract class ModuleDbContext(DbContextOptions options) : DbContext(options)
{
    /// <summary>The module's database schema (a table-name prefix on SQLite, which has no schemas).</summary>
    protected abstract string Schema { get; }

    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<InboxMessage> InboxMessages => Set<InboxMessage>();

    /// <summary>Set when this unit of work stored events, so the dispatcher is woken once they are committed.</summary>
    internal bool HasUnsignalledOutboxMessages { get; set; }

    /// <summary>
    /// Called as a save writes: if it stores events (added outbox rows), the dispatcher is woken once they commit. A row
    /// is added only by being added, never found so by detecting changes, so this looks without detecting them again.
    /// </summary>
    internal void NoteStoredEvents()
    {
        var detect = ChangeTracker.AutoDetectChangesEnabled;
        ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            HasUnsignalledOutboxMessages |= ChangeTracker.Entries<OutboxMessage>().Any(e => e.State == EntityState.Added);
        }
        finally
        {
            ChangeTracker.AutoDetectChangesEnabled = detect;
        }
    }

    /// <summary>Stores an integration event in this module's outbox, in the same transaction as the change.</summary>
    public void Publish<TEvent>(TEvent integrationEvent)
        where TEvent : class, IIntegrationEvent
    {
        ArgumentNullException.ThrowIfNull(integrationEvent);
        OutboxMessages.Add(new OutboxMessage
        {
            Id = Guid.CreateVersion7(),
            Type = OutboxMessage.TypeNameOf(typeof(TEvent)),
            Payload = JsonSerializer.Serialize(integrationEvent, OutboxMessage.SerializerOptions),
            OccurredAt = integrationEvent.OccurredAt.UtcDateTime,
            NextAttemptAt = integrationEvent.OccurredAt.UtcDateTime,
        });
    }

    private static readonly ConcurrentDictionary<string, long> Generations = new(StringComparer.Ordinal);

    /// <summary>
    /// How often the module's data has changed as far as this process knows: moved on by every save and commit here,
    /// and by every commit another node tells of (<see cref="PostgreSqlChangeRelay"/>). What a module caches of its own
    /// answers (<see cref="DirectoryCache"/>) is keyed on it, so a change is seen as soon as it is known.
    /// </summary>
    public static long DataGeneration(string schema) => Generations.GetValueOrDefault(schema);

    internal void DataChanged() => DataChanged(Schema);

    internal static void DataChanged(string schema) => Generations.AddOrUpdate(schema, 1, (_, generation) => generation + 1);

    internal string ModuleSchema => Schema;

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        var detect = BumpVersions();
        try
        {
            if (!ChangeTracker.HasChanges())
            {
                return 0; // e.g. after an untracked save (ADR 15): no round trip, and the data generation stays
            }

            var saved = base.SaveChanges(acceptAllChangesOnSuccess);
            DataChanged();
            return saved;
        }
        finally
        {
            ChangeTracker.AutoDetectChangesEnabled = detect;
        }
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var detect = BumpVersions();
        try
        {
            if (!ChangeTracker.HasChanges())
            {
                return 0; // e.g. after an untracked save (ADR 15): no round trip, and the data generation stays
            }

            var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            DataChanged();
            return saved;
        }
        finally
        {
            ChangeTracker.AutoDetectChangesEnabled = detect;
        }
    }

    /// <summary>
    /// Saves the named properties of an aggregate read without tracking (its version checked and moved on) and every
    /// added entity, in one command and one transaction; a version that moved since the read is a
    /// <see cref="DbUpdateConcurrencyException"/> and saves nothing. For hot paths only: see <see cref="UntrackedSave"/>.
    /// </summary>
    public Task SaveUntrackedAsync(IVersioned aggregate, IReadOnlyCollection<string> changed, CancellationToken cancellationToken) =>
        UntrackedSave.SaveAsync(this, aggregate, changed, cancellationToken);

    /// <summary>
    /// The UPDATE checks the version that was read and writes the next one. Changes are detected once, here: the save
    /// that follows runs without detecting them again (comparing every tracked value twice was a few per cent of a
    /// report transition's CPU). Returns whether detection was on, to be restored after the save.
    /// </summary>
    private bool BumpVersions()
    {
        var detect = ChangeTracker.AutoDetectChangesEnabled;
        if (detect)
        {
            ChangeTracker.DetectChanges();
            ChangeTracker.AutoDetectChangesEnabled = false;
        }

        foreach (var entry in ChangeTracker.Entries<IVersioned>())
        {
            if (entry.State == EntityState.Modified)
            {
                // Through the entry, so that the new value is saved without another detection pass.
                var version = entry.Property(v => v.Version);
                version.CurrentValue = version.CurrentValue + 1;
            }
        }

        return detect;
    }

    protected sealed override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var sqlite = Database.IsSqlite();
        if (!sqlite)
        {
            modelBuilder.HasDefaultSchema(Schema);
        }

        modelBuilder.ApplyConfiguration(new OutboxMessageConfiguration());
        modelBuilder.ApplyConfiguration(new InboxMessageConfiguration());
        ConfigureModel(modelBuilder);
        ApplyVersionConvention(modelBuilder);

        if (sqlite)
        {
            PrefixTablesWithSchema(modelBuilder);
        }

        NameNamedIndexesAfterTheirTables(modelBuilder);
    }

    /// <summary>
    /// A named index (a second index on the same columns) is named as EF Core names the others, after its table, so that
    /// names stay unique on SQLite, where every module's indexes share the file's one namespace.
    /// </summary>
    private static void NameNamedIndexesAfterTheirTables(ModelBuilder modelBuilder)
    {
        foreach (var entity in modelBuilder.Model.GetEntityTypes())
        {
            foreach (var index in entity.GetIndexes().Where(i => i.Name is not null))
            {
                index.SetDatabaseName($"IX_{entity.GetTableName()}_{index.Name}");
            }
        }
    }

    /// <summary>The module's own entities: by default every <c>IEntityTypeConfiguration</c> in the module's assembly.</summary>
    protected virtual void ConfigureModel(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(GetType().Assembly);

    private static void ApplyVersionConvention(ModelBuilder modelBuilder)
    {
        foreach (var entity in modelBuilder.Model.GetEntityTypes())
        {
            if (typeof(IVersioned).IsAssignableFrom(entity.ClrType))
            {
                modelBuilder.Entity(entity.ClrType).Property(nameof(IVersioned.Version)).IsConcurrencyToken();
            }
        }
    }

    private void PrefixTablesWithSchema(ModelBuilder modelBuilder)
    {
        foreach (var entity in modelBuilder.Model.GetEntityTypes())
        {
            var table = entity.GetTableName();
            if (table is not null && entity.GetViewName() is null && !entity.IsOwned())
            {
                entity.SetTableName($"{Schema}_{table}");
            }
        }
    }
}
