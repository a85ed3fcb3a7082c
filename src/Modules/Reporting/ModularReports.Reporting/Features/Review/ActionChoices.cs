using Microsoft.Extensions.Localization;

namespace ModularReports.Reporting.Features.Review;

/// <summary>A required field still empty: its name in the API and the form, and its label in the reader's language.</summary>
internal sealed record MissingField(string Name, string Label);

/// <summary>Why an action cannot be taken yet: the condition that does not hold, said for people, with the fields to fill in.</summary>
internal sealed record ActionReason(string Condition, string Message, IReadOnlyList<MissingField> MissingFields);

/// <summary>An action the caller will be able to take once its <paramref name="Reasons"/> are dealt with.</summary>
internal sealed record UnavailableAction(string Trigger, string Label, bool Primary, IReadOnlyList<ActionReason> Reasons);

/// <summary>
/// What the caller may do with a report now, what they could do once the reasons given are dealt with, and which
/// required fields are still empty.
/// </summary>
internal sealed record ReportActionChoices(
    IReadOnlyList<WorkflowActionInfo> Available, IReadOnlyList<UnavailableAction> Unavailable, IReadOnlyList<MissingField> MissingFields);

/// <summary>Says in the reader's language why the conditions of a report's workflow do not hold.</summary>
internal sealed class ActionReasons(IStringLocalizer<ReportingText> t)
{
    public IReadOnlyList<MissingField> Missing(ReviewedReport report) =>
        report.MissingFields.Select(name => new MissingField(name, t[$"Field_{name}"].Value)).ToList();

    public ReportActionChoices Choices(ReviewedReport report, WorkflowActions actions) => new(
        actions.Available,
        actions.Blocked.Select(b => new UnavailableAction(b.Action.Trigger, b.Action.Label, b.Action.Primary, Explain(report, b.Unmet))).ToList(),
        Missing(report));

    /// <summary>The refusals of an action, in the reader's language.</summary>
    public string NotAllowed => t["Refused_NotAllowed"].Value;

    public string NotYet => t["Refused_NotYet"].Value;

    public string NotNowTitle => t["Refused_NotNowTitle"].Value;

    public string NotNow(string stateLabel) => t["Refused_NotNow", stateLabel].Value;

    public string CommentRequired => t["Reason_CommentRequired"].Value;

    public IReadOnlyList<ActionReason> Explain(ReviewedReport report, IReadOnlyList<WorkflowCondition> unmet) =>
        unmet.Select(condition => Explain(report, condition)).ToList();

    private ActionReason Explain(ReviewedReport report, WorkflowCondition condition)
    {
        if (condition.Negated)
        {
            return new(condition.Name, t["Reason_Other"].Value, []);
        }

        switch (condition.Name)
        {
            case ReportConditions.RequiredFieldsComplete:
                var missing = Missing(report);
                return new(condition.Name, t["Reason_MissingFields", string.Join(", ", missing.Select(m => m.Label))].Value, missing);
            case ReportConditions.ApprovalsAtLeast:
                return new(condition.Name, condition.Argument is null or 1 ? t["Reason_ApprovalOne"].Value : t["Reason_Approvals", condition.Argument].Value, []);
            case ReportConditions.AllAssignedReviewersDecided:
                return new(condition.Name, t["Reason_AllReviewers"].Value, []);
            default:
                return new(condition.Name, t["Reason_Other"].Value, []);
        }
    }
}
