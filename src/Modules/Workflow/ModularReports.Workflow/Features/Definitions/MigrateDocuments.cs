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
        foreach (var (source, document, outcome) in await MigrationPlan.ForAsync(sources, cache, command.Key, target, command.ToVersion, cancellationToken))
        {
            if (outcome == MigrationOutcome.Finished)
            {
                continue; // finished documents keep the version they finished on
            }

            var canMigrate = outcome == MigrationOutcome.Moves;
            if (command.Apply && canMigrate)
            {
                await source.MigrateAsync(document.DocumentId, command.ToVersion, currentUser.Email ?? "system", cancellationToken);
            }

            lines.Add(new MigrationLine(document.DocumentType, document.DocumentId, document.Title, document.Version, document.State, canMigrate, command.Apply && canMigrate));
        }

        return lines.OrderBy(l => l.Title, StringComparer.CurrentCulture).ToList();
    }
}

/// <summary>What moving to a version would do to a document on an older one.</summary>
internal enum MigrationOutcome
{
    /// <summary>Unfinished, and its state exists in the target: it can move.</summary>
    Moves,

    /// <summary>In a final state of its own version: it keeps that version.</summary>
    Finished,

    /// <summary>Unfinished, in a state the target does not have: it cannot move.</summary>
    Stuck,
}

/// <summary>The documents on versions older than a target, each with what moving them to it would do.</summary>
internal static class MigrationPlan
{
    public static async Task<IReadOnlyList<(IWorkflowDocumentSource Source, RunningDocument Document, MigrationOutcome Outcome)>> ForAsync(
        IEnumerable<IWorkflowDocumentSource> sources, DefinitionCache cache, string key, WorkflowDefinitionModel target, int targetVersion,
        CancellationToken cancellationToken)
    {
        var plan = new List<(IWorkflowDocumentSource, RunningDocument, MigrationOutcome)>();
        foreach (var source in sources)
        {
            foreach (var document in await source.DocumentsAsync(key, cancellationToken))
            {
                if (document.Version >= targetVersion)
                {
                    continue;
                }

                var pinned = await cache.GetAsync(key, document.Version, cancellationToken);
                var outcome = pinned.States.FirstOrDefault(s => s.Key == document.State) is { Terminal: true } ? MigrationOutcome.Finished
                    : target.States.Any(s => s.Key == document.State) ? MigrationOutcome.Moves
                    : MigrationOutcome.Stuck;
                plan.Add((source, document, outcome));
            }
        }

        return plan;
    }
}
