using System.ComponentModel.DataAnnotations;
using System.ComponentModel;

namespace ModularReports.Reporting.Features.Review;

/// <summary>
/// What a merge patch of an activity report may hold (RFC 7396): a field left out stays as it is, null clears it. The
/// API reference describes the body with this type; the handler reads the JSON itself, to tell a field left out from
/// one set to null.
/// </summary>
[Description("Fields to change (JSON merge patch): leave a field out to keep it, send null to clear it.")]
internal sealed record ActivityReportPatch(
    [property: Description("First day of the period covered (yyyy-MM-dd). Required before submitting.")] DateOnly? PeriodFrom,
    [property: Description("Last day of the period covered (yyyy-MM-dd), not before periodFrom. Required before submitting.")] DateOnly? PeriodTo,
    [property: Description("Where the activities took place. Required before submitting."), MaxLength(ActivityReport.GeographicScopeMaxLength)] string? GeographicScope,
    [property: Description("IUCN Members worked with or consulted (constituent ids).")] IReadOnlyList<Guid>? MemberIds,
    [property: Description("IUCN Commissions worked with or consulted (constituent ids).")] IReadOnlyList<Guid>? CommissionIds,
    [property: Description("Whether the IUCN Secretariat was involved.")] bool? SecretariatInvolved,
    [property: Description("Other non-IUCN related organisations, as free text.")] string? OtherOrganisations,
    [property: Description("The actions taken; at least one before submitting. The whole list is replaced.")] IReadOnlyList<ActionPatch>? Actions,
    [property: Description("Results/achievements. Required before submitting. \"## \" starts a heading, \"- \" an item of a list.")] string? Results,
    [property: Description("Challenges/obstacles and how they were overcome.")] string? Challenges,
    [property: Description("Future actions needed.")] string? FutureActions);

/// <summary>One action of an activity report.</summary>
internal sealed record ActionPatch(
    [property: Description("One of the action categories (GET /api/vocabularies).")] string Category,
    [property: Description("What was done.")] string Description,
    [property: Description("On-going or Completed.")] string Status);

/// <summary>What a merge patch of a progress report may hold (see <see cref="ActivityReportPatch"/>).</summary>
[Description("Fields to change (JSON merge patch): leave a field out to keep it, send null to clear it.")]
internal sealed record ProgressReportPatch(
    [property: Description("IUCN Members implementing the resolution (constituent ids).")] IReadOnlyList<Guid>? MemberIds,
    [property: Description("IUCN Commissions implementing the resolution (constituent ids).")] IReadOnlyList<Guid>? CommissionIds,
    [property: Description("Whether the IUCN Secretariat is involved.")] bool? SecretariatInvolved,
    [property: Description("Other non-IUCN related organisations, as free text.")] string? OtherOrganisations,
    [property: Description("Action categories carried out; at least one before submitting.")] IReadOnlyList<string>? ActionCategories,
    [property: Description("Results/achievements. Required before submitting. \"## \" starts a heading, \"- \" an item of a list.")] string? Results,
    [property: Description("Challenges/obstacles and how they were overcome.")] string? Challenges,
    [property: Description("Categories of the future actions needed.")] IReadOnlyList<string>? FutureActionCategories,
    [property: Description("Future actions needed.")] string? FutureActions,
    [property: Description("Are these actions planned for yet: Yes or No.")] string? ActionsPlanned,
    [property: Description("Status of implementation for this Resolution (a code). Required before submitting.")] string? ImplementationStatus,
    [property: Description("Additional information.")] string? AdditionalInformation);
