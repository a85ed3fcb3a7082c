using ModularReports.Reporting.Domain;
using ModularReports.Workflow.Contracts;

namespace ModularReports.Reporting.UnitTests;

/// <summary>Reports and workflow decisions as the unit tests need them, without a workflow engine.</summary>
internal static class Reports
{
    public static readonly DateTime Monday = new(2025, 3, 3, 9, 0, 0, DateTimeKind.Utc);

    public static readonly Guid Rafael = Guid.Parse("00000000-0000-0000-0000-00000000000a");

    public static readonly Guid Fatou = Guid.Parse("00000000-0000-0000-0000-00000000000c");

    public static WorkflowStateInfo State(
        string key, bool isPublic = false, bool terminal = false, bool hidden = false, bool counts = false) =>
        new(key, key, isPublic, terminal, [], hidden, counts);

    public static ActivityReport Activity() =>
        new(new WorkflowPosition("activity-report-review", 1, "draft"), State("draft", hidden: true), Monday)
        {
            Id = Guid.CreateVersion7(), ResolutionId = Guid.CreateVersion7(), ConstituentId = Guid.CreateVersion7(), AuthorUserId = Rafael,
        };

    public static ProgressReport Progress() =>
        new(new WorkflowPosition("progress-report-review", 1, "draft"), State("draft"), Monday)
        {
            Id = Guid.CreateVersion7(), ResolutionId = Guid.CreateVersion7(), PeriodId = Guid.CreateVersion7(), ResolutionCode = "WCC 2020 Res 054",
            AuthorUserId = Fatou,
        };

    /// <summary>What the engine answers when it lets a transition happen.</summary>
    public static WorkflowFireResult Done(WorkflowStateInfo entered, bool keepsSubmittedVersion = false, string? decision = null) =>
        new(WorkflowOutcome.Done, "from", entered, [], [], true, [], keepsSubmittedVersion, decision);

    public static void Complete(ActivityReport report)
    {
        report.PeriodFrom = new DateOnly(2024, 1, 1);
        report.PeriodTo = new DateOnly(2024, 12, 31);
        report.GeographicScope = "Kenya";
        report.Actions = [new ReportAction { Category = "Field activities", Description = "Patrolled border markets.", Status = "On-going" }];
        report.Results = "Seized 300 kg of pangolin scales.";
    }
}
