namespace ModularReports.Workflow.Contracts;

/// <summary>
/// A condition a document kind answers: a name, whether it takes a whole number (<c>approvalsAtLeast(2)</c>), and how
/// admins read it in each language (<c>{n}</c> stands for the number).
/// </summary>
public sealed record WorkflowConditionInfo(string Name, bool TakesNumber, IReadOnlyDictionary<string, string>? Labels = null);

/// <summary>
/// A kind of document that definitions review, declared by the module that owns the documents: the conditions it
/// implements are the only ones a definition of that kind may use. <paramref name="Labels"/> name the kind for admins.
/// </summary>
public sealed record WorkflowDocumentKind(
    string Kind, IReadOnlyList<WorkflowConditionInfo> Conditions, IReadOnlyDictionary<string, string>? Labels = null);

/// <summary>How the owning module answers a definition's conditions for one document, read only when a transition asks.</summary>
public interface IWorkflowConditions
{
    ValueTask<bool> HoldsAsync(string name, int? argument, CancellationToken cancellationToken);
}
