using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace ModularReports.BuildingBlocks.Persistence;

/// <summary>
/// Writes a change to an aggregate that was read without tracking, together with every entity added to the context
/// (journal rows, outbox messages), as one command in one transaction: the statements are built from the model (tables,
/// columns, each property's type mapping and value converter), so they follow the schema on every provider. For hot
/// paths whose change is a few known columns: change tracking the whole aggregate and sending each row as its own
/// command cost as much as the rest of a report's transition (ADR 15).
/// </summary>
internal static class UntrackedSave
{
    public static async Task SaveAsync(ModuleDbContext db, IVersioned aggregate, IReadOnlyCollection<string> changed, CancellationToken cancellationToken)
    {
        var added = AddedOnly(db);
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
            await ExecuteAsync(db, command, statements.Count, cancellationToken);
        }
        catch (DbException exception) when (db.Database.CurrentTransaction is null)
        {
            // The statements run on after an UPDATE that matched nothing: a stale save's rows may then break a unique
            // constraint (the next submitted version's number, say) before its row count is checked. That is the same
            // conflict as a version that moved, and is answered the same way.
            aggregate.Version = read;
            if (await StoredVersionAsync(db, aggregate, cancellationToken) != read)
            {
                throw new DbUpdateConcurrencyException("The row was changed by someone else since it was read; nothing was saved.", exception);
            }

            throw;
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

    /// <summary>
    /// The rows to insert. A tracked entity changed in passing is refused rather than left unsaved, so changes are
    /// detected, but only on the entities read with tracking: an added row's values are read when it is written, so
    /// detecting changes over the added rows too would be work for nothing on the hottest write.
    /// </summary>
    private static List<EntityEntry> AddedOnly(ModuleDbContext db)
    {
        var detect = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            var entries = db.ChangeTracker.Entries().ToList();
            foreach (var entry in entries)
            {
                if (detect && entry.State == EntityState.Unchanged)
                {
                    entry.DetectChanges();
                }

                if (entry.State is EntityState.Modified or EntityState.Deleted)
                {
                    throw new InvalidOperationException("An untracked save writes one aggregate and added rows; save tracked changes with SaveChanges.");
                }
            }

            return entries.Where(e => e.State == EntityState.Added).ToList();
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = detect;
        }
    }

    /// <summary>Each statement changes exactly one row; fewer rows means the aggregate's version moved since it was read.</summary>
    private static async Task ExecuteAsync(ModuleDbContext db, DbCommand command, int statements, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is null && SqliteWriters.Of(db) is { } writers)
        {
            // On SQLite, on the file's writer connection, whose page cache the last transition left warm (ADR 15).
            await using var write = await writers.BeginAsync(db, cancellationToken);
            Check(await write.Enlist(command).ExecuteNonQueryAsync(cancellationToken), statements);
            db.NoteStoredEvents();
            await write.CommitAsync(cancellationToken);
            return;
        }

        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            // Through EF Core, so the transaction's interceptors run: the write gate, the outbox signal, the data generation.
            await using var owned = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
            command.Transaction = db.Database.CurrentTransaction!.GetDbTransaction();
            Check(await command.ExecuteNonQueryAsync(cancellationToken), statements);
            db.NoteStoredEvents();
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

    /// <summary>The aggregate's version as stored now (null when it is gone), read on a connection of its own.</summary>
    private static async Task<int?> StoredVersionAsync(ModuleDbContext db, IVersioned aggregate, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            new Statements(db, command).SelectVersion(aggregate);
            return await command.ExecuteScalarAsync(cancellationToken) is { } version and not DBNull ? Convert.ToInt32(version, System.Globalization.CultureInfo.InvariantCulture) : null;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static void Check(int rows, int statements)
    {
        if (rows != statements)
        {
            throw new DbUpdateConcurrencyException("The row was changed by someone else since it was read; nothing was saved.");
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
            var type = db.Model.FindEntityType(aggregate.GetType())
                ?? throw new InvalidOperationException($"{aggregate.GetType().Name} is not part of the model.");
            var shape = ShapeOf(type);
            text.Append("UPDATE ").Append(shape.Table).Append(" SET ");
            var separator = string.Empty;
            foreach (var name in changed.Append(nameof(IVersioned.Version)))
            {
                var property = type.FindProperty(name) ?? throw new InvalidOperationException($"{type.DisplayName()} has no property {name}.");
                text.Append(separator);
                Assign(shape, property, property.GetGetter().GetClrValue(aggregate));
                separator = ", ";
            }

            text.Append(" WHERE ");
            foreach (var key in type.FindPrimaryKey()!.Properties)
            {
                Assign(shape, key, key.GetGetter().GetClrValue(aggregate));
                text.Append(" AND ");
            }

            Assign(shape, type.FindProperty(nameof(IVersioned.Version))!, readVersion);
            text.Append(";\n");
            Count++;
        }

        public void SelectVersion(IVersioned aggregate)
        {
            var type = db.Model.FindEntityType(aggregate.GetType())!;
            var shape = ShapeOf(type);
            text.Append("SELECT ").Append(shape.Columns[type.FindProperty(nameof(IVersioned.Version))!]).Append(" FROM ").Append(shape.Table).Append(" WHERE ");
            var separator = string.Empty;
            foreach (var key in type.FindPrimaryKey()!.Properties)
            {
                text.Append(separator);
                Assign(shape, key, key.GetGetter().GetClrValue(aggregate));
                separator = " AND ";
            }

            command.CommandText = Text;
        }

        public void Insert(EntityEntry entry)
        {
            var shape = ShapeOf(entry.Metadata);
            text.Append(shape.InsertInto);
            var separator = string.Empty;
            foreach (var property in shape.Properties)
            {
                text.Append(separator).Append(Parameter(property, property.GetGetter().GetClrValue(entry.Entity)));
                separator = ", ";
            }

            text.Append(");\n");
            Count++;
        }

        private void Assign(Shape shape, IProperty property, object? value) =>
            text.Append(shape.Columns[property]).Append(" = ").Append(Parameter(property, value));

        /// <summary>An entity type's table and columns, quoted for the provider once (the model does not change while the process runs).</summary>
        private Shape ShapeOf(IEntityType type) => Shapes.GetOrAdd(type, t =>
        {
            var table = StoreObjectIdentifier.Table(t.GetTableName() ?? throw new InvalidOperationException($"{t.DisplayName()} has no table."), t.GetSchema());
            var mapped = t.GetProperties().Where(p => p.GetColumnName(table) is not null).ToArray();
            var columns = mapped.ToDictionary(p => p, p => sql.DelimitIdentifier(p.GetColumnName(table)!));
            var name = sql.DelimitIdentifier(table.Name, table.Schema);
            return new Shape(name, mapped, columns, $"INSERT INTO {name} ({string.Join(", ", mapped.Select(p => columns[p]))}) VALUES (");
        });

        private static readonly ConcurrentDictionary<IEntityType, Shape> Shapes = new();

        /// <param name="InsertInto">The INSERT up to its values.</param>
        private sealed record Shape(string Table, IProperty[] Properties, IReadOnlyDictionary<IProperty, string> Columns, string InsertInto);

        /// <summary>Bound as EF Core binds it: the property's type mapping applies its value converter and provider type.</summary>
        private string Parameter(IProperty property, object? value)
        {
            var name = "p" + command.Parameters.Count;
            command.Parameters.Add(property.GetRelationalTypeMapping().CreateParameter(command, sql.GenerateParameterName(name), value, property.IsNullable));
            return sql.GenerateParameterNamePlaceholder(name);
        }
    }
}
