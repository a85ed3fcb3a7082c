using ModularReports.Reporting.Data;

namespace ModularReports.Reporting.Features.Review;

/// <summary>
/// The conditions a report answers for its workflow (docs/workflow-definitions.md). The review decisions are read from
/// the journal only when a transition leaving the report's state asks for them.
/// </summary>
/// <param name="actor">The person acting (none for the system): whom <see cref="ReviewDecisionConditions.ActorDecided"/> is about.</param>
internal sealed class ReportConditions(ReviewedReport report, Guid? actor, ReportStore store, IFocalPointDirectory focalPoints, IUserDirectory users)
    : IWorkflowConditions
{
    public const string RequiredFieldsComplete = "requiredFieldsComplete";

    /// <summary>At least n approvals by different people since the last submission.</summary>
    public const string ApprovalsAtLeast = ReviewDecisionConditions.ApprovalsAtLeast;

    /// <summary>
    /// Every active focal point assigned to the report's resolution, but the person who submitted it, approved or
    /// returned it since the last submission (with nobody else to decide, the condition does not hold).
    /// </summary>
    public const string AllAssignedReviewersDecided = ReviewDecisionConditions.AllAssignedReviewersDecided;

    private static readonly IReadOnlyList<WorkflowConditionInfo> Catalogue =
    [
        new(RequiredFieldsComplete, false, Labels(
            "The form's required fields are filled in", "Les champs obligatoires du formulaire sont remplis", "Los campos obligatorios del formulario están completos")),
        new(ApprovalsAtLeast, true, Labels("At least {n} people approved", "Au moins {n} personnes ont approuvé", "Al menos {n} personas aprobaron")),
        new(AllAssignedReviewersDecided, false, Labels(
            "Every focal point of the resolution decided", "Chaque point focal de la résolution a décidé", "Cada punto focal de la resolución decidió")),
    ];

    public static WorkflowDocumentKind Activity { get; } =
        new(ReportKinds.Activity, Catalogue, Labels("Activity reports", "Rapports d'activité", "Informes de actividad"));

    public static WorkflowDocumentKind Progress { get; } =
        new(ReportKinds.Progress, Catalogue, Labels("Progress reports", "Rapports d'avancement", "Informes de progreso"));

    private static Dictionary<string, string> Labels(string en, string fr, string es) => new() { ["en"] = en, ["fr"] = fr, ["es"] = es };

    private IReadOnlyList<(Guid Person, string Decision)>? decisions;

    public async ValueTask<bool> HoldsAsync(string name, int? argument, CancellationToken cancellationToken) => name switch
    {
        RequiredFieldsComplete => report.RequiredFieldsComplete,
        ApprovalsAtLeast => ReviewDecisionConditions.ApprovalsReached(await DecisionsAsync(cancellationToken), argument),
        AllAssignedReviewersDecided => await AllDecidedAsync(cancellationToken),
        ReviewDecisionConditions.ActorDecided => ReviewDecisionConditions.HasDecided(await DecisionsAsync(cancellationToken), actor),
        _ => false,
    };

    private async Task<bool> AllDecidedAsync(CancellationToken cancellationToken)
    {
        var assigned = await focalPoints.FocalPointsOfAsync(report.ResolutionId, cancellationToken);
        // Those who can decide: the submitter cannot review their own submission, and an assignment outlives the role.
        var reviewers = (await users.FindManyAsync(assigned, cancellationToken)).Values
            .Where(u => u.IsActive && u.Roles.Contains(Roles.FocalPoint) && u.Id != report.SubmitterUserId).Select(u => u.Id).ToList();
        return ReviewDecisionConditions.AllDecided(await DecisionsAsync(cancellationToken), reviewers);
    }

    private async Task<IReadOnlyList<(Guid Person, string Decision)>> DecisionsAsync(CancellationToken cancellationToken) =>
        decisions ??= [.. (await store.DecisionsSinceLastSubmissionAsync(report.Id, cancellationToken)).Select(d => (d.ActorUserId, d.Decision))];
}
