using ModularReports.BuildingBlocks.Mediation;
using ModularReports.Workflow.Data;
using ModularReports.Workflow.Definitions;

namespace ModularReports.Workflow.Features.Definitions;

/// <summary>One running document and whether it can move to the target version (its state must exist there).</summary>
internal sealed record MigrationLine(string DocumentType, Guid DocumentId, string Title, int FromVersion, string State, bool CanMigrate, bool Migrated);

/// <summary>
/// Lists the unfinished documents on older versions of a definition and, unless <paramref name="Apply"/> is false (the
/// dry run), moves those whose state exists in version <paramref name="ToVersion"/>. Each move is journaled by the
/// document's module.
/// </summary>
internal sealed record MigrateDocuments(string Key, int ToVersion, bool Apply) : ICommand<IReadOnlyList<MigrationLine>>, ICrossModuleCommand;

internal sealed class MigrateDocumentsHandler(
    WorkflowDbContext db, DefinitionCache cache, IEnumerable<IWorkflowDocumentSource> sources, ICurrentUser currentUser)
    : ICommandHandler<MigrateDocuments, IReadOnlyList<MigrationLine>>
{
    public async ValueTask<IReadOnlyList<MigrationLine>> Handle(MigrateDocuments command, CancellationToken cancellationToken)
    {
        if (!await db.Versions.AnyAsync(v => v.Key == command.Key && v.Number == command.ToVersion, cancellationToken))
        {
            throw new NotFoundException($"No version {command.ToVersion} of workflow '{command.Key}'.");
        }

        var target = await cache.GetAsync(command.Key, command.ToVersion, cancellationToken);
        var lines = new List<MigrationLine>();
        foreach (var source in sources)
        {
            foreach (var document in await source.DocumentsAsync(command.Key, cancellationToken))
            {
                if (document.Version >= command.ToVersion)
                {
                    continue;
                }

                var pinned = await cache.GetAsync(command.Key, document.Version, cancellationToken);
                if (pinned.States.FirstOrDefault(s => s.Key == document.State) is { Terminal: true })
                {
                    continue; // finished documents keep the version they finished on
                }

                var canMigrate = target.States.Any(s => s.Key == document.State);
                var migrated = false;
                if (command.Apply && canMigrate)
                {
                    await source.MigrateAsync(document.DocumentId, command.ToVersion, currentUser.Email ?? "system", cancellationToken);
                    migrated = true;
                }

                lines.Add(new MigrationLine(document.DocumentType, document.DocumentId, document.Title, document.Version, document.State, canMigrate, migrated));
            }
        }

        return lines.OrderBy(l => l.Title, StringComparer.CurrentCulture).ToList();
    }
}
