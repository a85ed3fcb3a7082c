using ModularReports.Reporting.Features.Review;

namespace ModularReports.Reporting.Features.ActivityReports;

internal sealed record ReportActionView(string Category, string Description, string Status);

/// <summary>An activity report as the API returns it; <see cref="Version"/> is also its ETag.</summary>
internal sealed record ActivityReportView(
    Guid Id, Guid ResolutionId, string ResolutionCode, Guid ConstituentId, string ConstituentName, Guid AuthorUserId, IReadOnlyList<Guid> CoAuthorIds,
    DateOnly? PeriodFrom, DateOnly? PeriodTo, string? GeographicScope, IReadOnlyList<Guid> MemberIds, IReadOnlyList<Guid> CommissionIds,
    bool? SecretariatInvolved, string? OtherOrganisations, IReadOnlyList<ReportActionView> Actions, string? Results, string? Challenges,
    string? FutureActions, string State, string StateLabel, int WorkflowVersion, int Version, DateTime CreatedAt, DateTime UpdatedAt,
    IReadOnlyList<string> CarriedOverFields) : IReportView
{
    public IReportView AtVersion(int version) => this with { Version = version };

    public static ActivityReportView From(ActivityReport r, string resolutionCode, string constituentName, string stateLabel) => new(
        r.Id, r.ResolutionId, resolutionCode, r.ConstituentId, constituentName, r.AuthorUserId, r.CoAuthorIds, r.PeriodFrom, r.PeriodTo, r.GeographicScope,
        r.MemberIds, r.CommissionIds, r.SecretariatInvolved, r.OtherOrganisations,
        r.Actions.Select(a => new ReportActionView(a.Category, a.Description, a.Status)).ToList(), r.Results, r.Challenges, r.FutureActions,
        r.State, stateLabel, r.DefinitionVersion, r.Version, r.CreatedAt, r.UpdatedAt, r.CarriedOverFields);
}
