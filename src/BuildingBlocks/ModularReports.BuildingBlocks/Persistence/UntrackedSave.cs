using System.Collections.Concurrent;
using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using ModularReports.BuildingBlocks.Messaging;

namespace ModularReports.BuildingBlocks.Persistence;

/// <summary>
/// Writes a change to an aggregate that was read without tracking, together with every entity added to the context
/// (journal rows, outbox messages), as one command in one transaction: the statements are built from the model (tables,
/// columns, each property's type mapping and value converter), so they follow the schema on every provider. For hot
/// paths whose change is a few known columns: change tracking the whole aggregate and sending each row as its own
/// command cost about as much again as the rest of a report's transition (ADR 19).
/// </summary>
internal static class UntrackedSave
{
    public static async Task SaveAsync(ModuleDbContext db, IVersioned aggregate, IReadOnlyCollection<string> changed, CancellationToken cancellationToken)
    {
        // Changes are detected first, so that a tracked entity changed in passing is refused rather than left unsaved.
        var entries = db.ChangeTracker.Entries().ToList();
        if (entries.Any(e => e.State is EntityState.Modified or EntityState.Deleted))
        {
            throw new InvalidOperationException("An untracked save writes one aggregate and added rows; save tracked changes with SaveChanges.");
        }

        var added = entries.Where(e => e.State == EntityState.Added).ToList();
        var read = aggregate.Version;
        aggregate.Version = read + 1;
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            var statements = new Statements(db, command);
            statements.Update(aggregate, changed, read);
            foreach (var entry in added)
            {
                statements.Insert(entry);
            }

            command.CommandText = statements.Text;
            await ExecuteAsync(db, command, statements.Count, added.Any(e => e.Entity is OutboxMessage), cancellationToken);
        }
        catch
        {
            aggregate.Version = read;
            throw;
        }

        foreach (var entry in added)
        {
            entry.State = EntityState.Unchanged;
        }
    }

    /// <summary>Each statement changes exactly one row; fewer rows means the aggregate's version moved since it was read.</summary>
    private static async Task ExecuteAsync(ModuleDbContext db, DbCommand command, int statements, bool storesEvents, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            // Through EF Core, so the transaction's interceptors run: SQLite's write gate, the outbox signal, the data generation.
            await using var owned = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
            command.Transaction = db.Database.CurrentTransaction!.GetDbTransaction();
            var rows = await command.ExecuteNonQueryAsync(cancellationToken);
            if (rows != statements)
            {
                throw new DbUpdateConcurrencyException("The row was changed by someone else since it was read; nothing was saved.");
            }

            db.HasUnsignalledOutboxMessages |= storesEvents;
            if (owned is not null)
            {
                await owned.CommitAsync(cancellationToken);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>The command's text and parameters, statement by statement.</summary>
    private sealed class Statements(DbContext db, DbCommand command)
    {
        private readonly ISqlGenerationHelper sql = db.GetService<ISqlGenerationHelper>();
        private readonly StringBuilder text = new();

        public int Count { get; private set; }

        public string Text => text.ToString();

        public void Update(IVersioned aggregate, IReadOnlyCollection<string> changed, int readVersion)
        {
            var type = EntityType(aggregate);
            var table = Table(type);
            text.Append("UPDATE ").Append(sql.DelimitIdentifier(table.Name, table.Schema)).Append(" SET ");
            var first = true;
            foreach (var name in changed.Append(nameof(IVersioned.Version)))
            {
                var property = type.FindProperty(name) ?? throw new InvalidOperationException($"{type.DisplayName()} has no property {name}.");
                var value = Parameter(property, property.GetGetter().GetClrValue(aggregate));
                text.Append(first ? string.Empty : ", ").Append(Column(property, table)).Append(" = ").Append(value);
                first = false;
            }

            text.Append(" WHERE ");
            foreach (var key in type.FindPrimaryKey()!.Properties)
            {
                text.Append(Column(key, table)).Append(" = ").Append(Parameter(key, key.GetGetter().GetClrValue(aggregate))).Append(" AND ");
            }

            var version = type.FindProperty(nameof(IVersioned.Version))!;
            text.Append(Column(version, table)).Append(" = ").Append(Parameter(version, readVersion)).Append(";\n");
            Count++;
        }

        public void Insert(EntityEntry entry)
        {
            var (prefix, properties) = Inserts.GetOrAdd(entry.Metadata, type =>
            {
                var table = Table(type);
                var mapped = type.GetProperties().Where(p => p.GetColumnName(table) is not null).ToArray();
                var columns = string.Join(", ", mapped.Select(p => Column(p, table)));
                return ($"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({columns}) VALUES (", mapped);
            });
            text.Append(prefix);
            for (var i = 0; i < properties.Length; i++)
            {
                text.Append(i == 0 ? string.Empty : ", ").Append(Parameter(properties[i], properties[i].GetGetter().GetClrValue(entry.Entity)));
            }

            text.Append(");\n");
            Count++;
        }

        /// <summary>Each entity type's INSERT up to its values, built once (the model does not change while the process runs).</summary>
        private static readonly ConcurrentDictionary<IEntityType, (string Prefix, IProperty[] Properties)> Inserts = new();

        private IEntityType EntityType(object entity) =>
            db.Model.FindEntityType(entity.GetType()) ?? throw new InvalidOperationException($"{entity.GetType().Name} is not part of the model.");

        private static StoreObjectIdentifier Table(IEntityType type) =>
            StoreObjectIdentifier.Table(type.GetTableName() ?? throw new InvalidOperationException($"{type.DisplayName()} has no table."), type.GetSchema());

        private string Column(IProperty property, StoreObjectIdentifier table) => sql.DelimitIdentifier(property.GetColumnName(table)!);

        /// <summary>Bound as EF Core binds it: the property's type mapping applies its value converter and provider type.</summary>
        private string Parameter(IProperty property, object? value)
        {
            var name = "p" + command.Parameters.Count;
            command.Parameters.Add(property.GetRelationalTypeMapping().CreateParameter(command, sql.GenerateParameterName(name), value, property.IsNullable));
            return sql.GenerateParameterNamePlaceholder(name);
        }
    }
}
