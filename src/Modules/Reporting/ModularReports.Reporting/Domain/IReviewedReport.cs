using ModularReports.BuildingBlocks.Persistence;
using ModularReports.Workflow.Contracts;

namespace ModularReports.Reporting.Domain;

/// <summary>What the review workflow needs of either kind of report: where it stands and how it answers conditions.</summary>
internal interface IReviewedReport : IVersioned
{
    Guid Id { get; }

    Guid ResolutionId { get; }

    string DefinitionKey { get; }

    int DefinitionVersion { get; set; }

    string State { get; set; }

    /// <summary>Whether the current state is public in the report's definition (kept with the state for queries).</summary>
    bool IsPublic { get; set; }

    /// <summary>When the report last entered a public state.</summary>
    DateTime? PublishedAt { get; set; }

    Guid? SubmitterUserId { get; set; }

    DateTime UpdatedAt { get; set; }

    bool Condition(string name, int? argument);
}

internal static class ReviewedReportExtensions
{
    public static WorkflowPosition Position(this IReviewedReport report) => new(report.DefinitionKey, report.DefinitionVersion, report.State);
}
