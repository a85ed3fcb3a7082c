using ModularReports.Reporting.Data;
using ModularReports.Reporting.Features.Review;

namespace ModularReports.Reporting.Features.ProgressReports;

internal sealed record ConsolidationResult(int Added, ProgressReportView Report);

/// <summary>
/// Pre-fills the draft from the activity reports of its resolution in a state that counts for consolidation (accepted,
/// in the shipped definition) whose period covered overlaps the reporting period, adding only those not consolidated
/// before (see <see cref="Consolidation"/>). Whoever may edit the report in its state may consolidate; an If-Match, when
/// sent, must be current.
/// </summary>
internal sealed record ConsolidateProgressReport(Guid Id, int? IfMatch) : ICommand<ConsolidationResult>;

internal sealed class ConsolidateProgressReportHandler(
    ReportingDbContext db, ReportLoader loader, ReportReview review, ProgressReportViews views, IConstituentDirectory constituents, TimeProvider clock)
    : ICommandHandler<ConsolidateProgressReport, ConsolidationResult>
{
    public async ValueTask<ConsolidationResult> Handle(ConsolidateProgressReport command, CancellationToken cancellationToken)
    {
        var (report, relations) = await loader.LoadAsync<ProgressReport>(command.Id, cancellationToken);
        await review.EnsureEditableAsync(report, relations, cancellationToken);
        if (command.IfMatch is not null)
        {
            MergePatch.CheckPrecondition(report, command.IfMatch);
        }

        var period = await db.Periods.AsNoTracking().SingleAsync(p => p.Id == report.PeriodId, cancellationToken);
        var done = report.Sources.Select(s => s.ReportId).ToList();
        var accepted = await db.ActivityReports.AsNoTracking()
            .Where(a => a.ResolutionId == report.ResolutionId && a.CountsForConsolidation && !done.Contains(a.Id)
                && a.PeriodFrom <= period.EndsOn && a.PeriodTo >= period.StartsOn)
            .OrderBy(a => a.UpdatedAt).ToListAsync(cancellationToken);
        // The names go into the stored text, which every reader sees: in one language (English, as IUCN's reports), not the
        // language of whoever consolidates.
        IReadOnlyDictionary<Guid, ConstituentRef> names;
        using (new LanguageScope(SupportedLanguages.Default))
        {
            names = await constituents.FindManyAsync(accepted.Select(a => a.ConstituentId).Distinct().ToList(), cancellationToken);
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var added = Consolidation.Apply(report, accepted.Select(a => Contribution(a, names.GetValueOrDefault(a.ConstituentId))).ToList(), now);
        if (added > 0)
        {
            report.Edited(now);
            await db.SaveChangesAsync(cancellationToken);
        }

        return new ConsolidationResult(added, await views.ViewAsync(report, cancellationToken));
    }

    private static Contribution Contribution(ActivityReport report, ConstituentRef? organisation) => new(
        report, organisation?.DisplayName ?? "(unknown organisation)", organisation?.Type switch
        {
            "Member" => ImplementerRole.Member,
            "Commission" => ImplementerRole.Commission,
            "Secretariat" => ImplementerRole.Secretariat,
            "NonIucnOrganisation" => ImplementerRole.Partner,
            _ => ImplementerRole.Other,
        });
}
