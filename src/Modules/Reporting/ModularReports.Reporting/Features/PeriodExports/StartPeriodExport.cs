using FluentValidation.Results;
using Hangfire;
using ModularReports.Reporting.Data;

namespace ModularReports.Reporting.Features.PeriodExports;

/// <summary>
/// An admin asks for every report of a period, in their language: the export is queued and prepared in the background.
/// Asking again while the same one is being prepared gives that one.
/// </summary>
internal sealed record StartPeriodExport(Guid? PeriodId) : ICommand<PeriodExportView>;

internal sealed class StartPeriodExportValidator : AbstractValidator<StartPeriodExport>
{
    public StartPeriodExportValidator() => RuleFor(c => c.PeriodId).NotEmpty().WithMessage("Choose a reporting period.");
}

internal sealed class StartPeriodExportHandler(
    ReportingDbContext db, ICurrentUser user, TimeProvider clock, IBackgroundJobClient jobs, PeriodExportViews views)
    : ICommandHandler<StartPeriodExport, PeriodExportView>
{
    public async ValueTask<PeriodExportView> Handle(StartPeriodExport command, CancellationToken cancellationToken)
    {
        var me = user.UserId ?? throw new ForbiddenException("Sign in as an admin to export a period.");
        var periodId = command.PeriodId!.Value;
        if (!await db.Periods.AnyAsync(p => p.Id == periodId, cancellationToken))
        {
            throw new ValidationException([new ValidationFailure("periodId", "There is no such reporting period.")]);
        }

        var language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        var now = clock.GetUtcNow().UtcDateTime;
        var export = await db.PeriodExports.AsNoTracking().Where(PeriodExport.UnderWay(now))
            .FirstOrDefaultAsync(e => e.PeriodId == periodId && e.Language == language, cancellationToken);
        if (export is null)
        {
            export = new PeriodExport { Id = Guid.CreateVersion7(), PeriodId = periodId, Language = language, RequestedBy = me, RequestedAt = now };
            db.PeriodExports.Add(export);
            await db.SaveChangesAsync(cancellationToken);
            // Queued in Hangfire's own storage before this transaction commits, so that an export that exists always has
            // its job; the job waits for the commit (and finds nothing, and fails, if it never came).
            jobs.Enqueue<PeriodExportRunner>(runner => runner.RunAsync(export.Id, CancellationToken.None));
        }

        return (await views.ViewAsync([export], cancellationToken))[0];
    }
}
