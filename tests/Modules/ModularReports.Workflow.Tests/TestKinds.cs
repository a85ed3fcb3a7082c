using ModularReports.Workflow.Contracts;

namespace ModularReports.Workflow.Tests;

/// <summary>The document kinds the Reporting module declares, as the Workflow module's tests see them (by value).</summary>
internal static class TestKinds
{
    private static readonly IReadOnlyList<WorkflowConditionInfo> ReportConditions =
        [new("requiredFieldsComplete", false), new("approvalsAtLeast", true), new("allAssignedReviewersDecided", false)];

    public static IReadOnlyList<WorkflowDocumentKind> Reports { get; } =
        [new("activity-report", ReportConditions), new("progress-report", ReportConditions)];
}

/// <summary>Conditions that all hold, or all fail.</summary>
internal sealed class FixedConditions(bool holds) : IWorkflowConditions
{
    public static FixedConditions All { get; } = new(true);

    public ValueTask<bool> HoldsAsync(string name, int? argument, CancellationToken cancellationToken) => ValueTask.FromResult(holds);
}
