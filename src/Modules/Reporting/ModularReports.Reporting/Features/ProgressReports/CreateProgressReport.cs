using FluentValidation.Results;
using ModularReports.Reporting.Data;
using ModularReports.Reporting.Features.Review;

namespace ModularReports.Reporting.Features.ProgressReports;

/// <summary>A focal point of the resolution (or an admin) starts the one progress report of a resolution and period.</summary>
internal sealed record CreateProgressReport(Guid ResolutionId, Guid PeriodId) : ICommand<ProgressReportView>;

internal sealed class CreateProgressReportHandler(
    ReportingDbContext db, ReportAccess access, ProgressReportViews views, IResolutionCatalog resolutions, IWorkflowRuntime workflow, TimeProvider clock)
    : ICommandHandler<CreateProgressReport, ProgressReportView>
{
    public async ValueTask<ProgressReportView> Handle(CreateProgressReport command, CancellationToken cancellationToken)
    {
        var resolution = await resolutions.FindAsync(command.ResolutionId, "en", cancellationToken);
        var failures = new List<ValidationFailure>();
        if (resolution is null)
        {
            failures.Add(new ValidationFailure("ResolutionId", "Choose a resolution of the catalogue."));
        }

        if (!await db.Periods.AnyAsync(p => p.Id == command.PeriodId, cancellationToken))
        {
            failures.Add(new ValidationFailure("PeriodId", "Choose a reporting period."));
        }

        if (failures.Count > 0)
        {
            throw new ValidationException(failures);
        }

        if (!await access.CompilesAsync(command.ResolutionId, cancellationToken))
        {
            throw new ForbiddenException("Only the resolution's focal points and admins compile its progress reports.");
        }

        if (await db.ProgressReports.AnyAsync(r => r.ResolutionId == command.ResolutionId && r.PeriodId == command.PeriodId, cancellationToken))
        {
            throw new ConflictException("There is a progress report already.", "A resolution has one progress report per reporting period; open that one.");
        }

        var start = await workflow.StartAsync(new WorkflowScope(ReportKinds.Progress, resolution!.Congress, resolution.Kind), cancellationToken);
        var initial = await workflow.DescribeStateAsync(start, "en", cancellationToken);
        var report = new ProgressReport(start, initial, clock.GetUtcNow().UtcDateTime)
        {
            Id = Guid.CreateVersion7(), ResolutionId = command.ResolutionId, PeriodId = command.PeriodId, ResolutionCode = resolution!.Code,
            ResolutionTitles = await TitlesAsync(command.ResolutionId, cancellationToken), AuthorUserId = access.UserId,
        };
        report.RefreshIndexes();
        db.ProgressReports.Add(report);
        await db.SaveChangesAsync(cancellationToken);
        return await views.ViewAsync(report, cancellationToken);
    }

    private async Task<string> TitlesAsync(Guid resolutionId, CancellationToken cancellationToken)
    {
        var titles = new List<string>();
        foreach (var language in BuildingBlocks.Web.SupportedLanguages.All)
        {
            titles.Add((await resolutions.FindAsync(resolutionId, language, cancellationToken))?.Title ?? string.Empty);
        }

        return string.Join(' ', titles.Distinct());
    }
}
