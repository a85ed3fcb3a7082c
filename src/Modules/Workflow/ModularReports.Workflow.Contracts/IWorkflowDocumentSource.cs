namespace ModularReports.Workflow.Contracts;

/// <summary>A document following a workflow, as its owning module lists it for a migration.</summary>
public sealed record RunningDocument(string DocumentType, Guid DocumentId, string Title, int Version, string State, DateTime UpdatedAt);

/// <summary>
/// Implemented by a module that owns documents: lists those following a definition, and moves one to another version
/// (keeping its state and recording the move in its journal).
/// </summary>
public interface IWorkflowDocumentSource
{
    Task<IReadOnlyList<RunningDocument>> DocumentsAsync(string definitionKey, CancellationToken cancellationToken);

    Task MigrateAsync(Guid documentId, int toVersion, string by, CancellationToken cancellationToken);
}
