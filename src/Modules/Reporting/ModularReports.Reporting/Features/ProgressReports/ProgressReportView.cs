using Microsoft.Extensions.Localization;
using ModularReports.Reporting.Data;
using ModularReports.Reporting.Features.Review;

namespace ModularReports.Reporting.Features.ProgressReports;

internal sealed record SourceView(Guid ReportId, Guid ConstituentId, string ConstituentName, DateTime ConsolidatedAt);

/// <summary>A progress report as the working API returns it; <see cref="Version"/> is also its ETag.</summary>
internal sealed record ProgressReportView(
    Guid Id, string Title, Guid ResolutionId, string ResolutionCode, string ResolutionTitle, Guid PeriodId, string PeriodName, DateOnly PeriodStartsOn,
    DateOnly PeriodEndsOn, DateOnly DueOn, Guid AuthorUserId, IReadOnlyList<Guid> MemberIds, IReadOnlyList<Guid> CommissionIds, bool? SecretariatInvolved,
    string? OtherOrganisations, IReadOnlyList<string> ActionCategories, string? Results, string? Challenges, IReadOnlyList<string> FutureActionCategories,
    string? FutureActions, string? ActionsPlanned, string? ImplementationStatus, string? ImplementationStatusLabel, string? AdditionalInformation,
    IReadOnlyList<SourceView> Sources, string State, string StateLabel, bool IsPublic, DateTime? PublishedAt, int WorkflowVersion, int Version,
    DateTime CreatedAt, DateTime UpdatedAt) : IReportView
{
    public IReportView AtVersion(int version) => this with { Version = version };
}

/// <summary>A progress report with the names and labels that go with it, in the reader's language.</summary>
internal sealed class ProgressReportViews(
    ReportingDbContext db, IResolutionCatalog resolutions, IConstituentDirectory constituents, IWorkflowRuntime workflow, IStringLocalizer<ReportingText> text)
{
    public async Task<ProgressReportView> ViewAsync(ProgressReport r, CancellationToken cancellationToken)
    {
        var language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        var resolution = await resolutions.FindAsync(r.ResolutionId, language, cancellationToken);
        var period = await db.Periods.AsNoTracking().SingleAsync(p => p.Id == r.PeriodId, cancellationToken);
        var names = await constituents.FindManyAsync(r.Sources.Select(s => s.ConstituentId).Distinct().ToList(), cancellationToken);
        var state = await workflow.DescribeStateAsync(r.Position, language, cancellationToken);
        return new ProgressReportView(
            r.Id, r.Title, r.ResolutionId, r.ResolutionCode, resolution?.Title ?? string.Empty, r.PeriodId, period.Name, period.StartsOn, period.EndsOn,
            period.DueOn, r.AuthorUserId, r.MemberIds, r.CommissionIds, r.SecretariatInvolved, r.OtherOrganisations, r.ActionCategories, r.Results,
            r.Challenges, r.FutureActionCategories, r.FutureActions, r.ActionsPlanned, r.ImplementationStatus, ReportingText.Status(text, r.ImplementationStatus),
            r.AdditionalInformation,
            r.Sources.Select(s => new SourceView(s.ReportId, s.ConstituentId, names.GetValueOrDefault(s.ConstituentId)?.DisplayName ?? "(unknown organisation)", s.ConsolidatedAt)).ToList(),
            r.State, state.Label, r.IsPublic, r.PublishedAt, r.DefinitionVersion, r.Version, r.CreatedAt, r.UpdatedAt);
    }
}
