using System.Globalization;
using FluentValidation;
using FluentValidation.Results;
using Mediator;
using Microsoft.EntityFrameworkCore;
using ModularReports.BuildingBlocks.Web;
using ModularReports.Constituencies.Contracts;
using ModularReports.Identity.Contracts;
using ModularReports.Reporting.Data;
using ModularReports.Reporting.Domain;
using ModularReports.Reporting.Features.Review;
using ModularReports.Workflow.Contracts;

namespace ModularReports.Reporting.Features.ActivityReports;

/// <summary>Loading a report the caller may see, with the names that go with it.</summary>
internal sealed class ReportLoader(ReportingDbContext db, ReportAccess access, IResolutionCatalog resolutions, IConstituentDirectory constituents, IWorkflowRuntime workflow)
{
    /// <param name="tracked">False for a report whose change is saved with <see cref="ReportReview.SaveAsync"/>.</param>
    public async Task<(ActivityReport Report, IReadOnlySet<string> Relations)> LoadAsync(Guid id, CancellationToken cancellationToken, bool tracked = true)
    {
        var report = await (tracked ? ReportQueries.Activity : ReportQueries.ActivityUntracked).ExecuteAsync(db, id, cancellationToken);
        var relations = report is null ? new HashSet<string>() : await access.RelationsAsync(report, cancellationToken);
        if (report is null || !ReportAccess.CanRead(relations, report.State))
        {
            throw new NotFoundException($"No activity report with id {id}.");
        }

        return (report, relations);
    }

    public async Task<ActivityReportView> ViewAsync(ActivityReport report, CancellationToken cancellationToken)
    {
        var language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        var resolution = await resolutions.FindAsync(report.ResolutionId, language, cancellationToken);
        var constituent = await constituents.FindAsync(report.ConstituentId, cancellationToken);
        var state = await workflow.DescribeStateAsync(report.Position(), language, cancellationToken);
        return ActivityReportView.From(
            report, resolution?.Code ?? "(unknown resolution)", constituent?.DisplayName ?? "(unknown organisation)", state.Label);
    }
}

/// <summary>A reporter starts a report for their organisation on one resolution (an admin names the organisation).</summary>
internal sealed record CreateActivityReport(Guid ResolutionId, Guid? ConstituentId) : ICommand<ActivityReportView>;

internal sealed class CreateActivityReportHandler(
    ReportingDbContext db, ReportAccess access, ReportLoader loader, IResolutionCatalog resolutions, IConstituentDirectory constituents,
    IWorkflowRuntime workflow, TimeProvider clock) : ICommandHandler<CreateActivityReport, ActivityReportView>
{
    public const string Definition = "activity-report-review";

    public async ValueTask<ActivityReportView> Handle(CreateActivityReport command, CancellationToken cancellationToken)
    {
        var me = await access.UserAsync(cancellationToken) ?? throw new ForbiddenException("Sign in first.");
        var constituentId = me.Roles.Contains(Roles.Admin) ? command.ConstituentId ?? me.ConstituentId : me.ConstituentId;
        if (constituentId is null)
        {
            throw new ValidationException([new ValidationFailure("ConstituentId",
                me.Roles.Contains(Roles.Admin) ? "Name the organisation the report is for." : "Your account is not linked to an organisation yet; ask an admin.")]);
        }

        if (!me.Roles.Contains(Roles.Admin) && command.ConstituentId is { } other && other != me.ConstituentId)
        {
            throw new ForbiddenException("You report for your own organisation only.");
        }

        var resolution = await resolutions.FindAsync(command.ResolutionId, "en", cancellationToken);
        var failures = new List<ValidationFailure>();
        if (resolution is not { Status: "Active" })
        {
            failures.Add(new ValidationFailure("ResolutionId", "Choose an active resolution."));
        }

        if (await constituents.FindAsync(constituentId.Value, cancellationToken) is not { IsArchived: false })
        {
            failures.Add(new ValidationFailure("ConstituentId", "Choose an existing, active organisation."));
        }

        if (failures.Count > 0)
        {
            throw new ValidationException(failures);
        }

        var start = await workflow.StartAsync(Definition, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var report = new ActivityReport
        {
            Id = Guid.CreateVersion7(), ResolutionId = command.ResolutionId, ConstituentId = constituentId.Value, AuthorUserId = me.Id,
            DefinitionKey = start.DefinitionKey, DefinitionVersion = start.Version, State = start.State, CreatedAt = now, UpdatedAt = now,
        };
        db.ActivityReports.Add(report);
        await db.SaveChangesAsync(cancellationToken);
        return await loader.ViewAsync(report, cancellationToken);
    }
}

internal sealed record GetActivityReport(Guid Id) : IQuery<ActivityReportView>;

internal sealed class GetActivityReportHandler(ReportLoader loader) : IQueryHandler<GetActivityReport, ActivityReportView>
{
    public async ValueTask<ActivityReportView> Handle(GetActivityReport query, CancellationToken cancellationToken) =>
        await loader.ViewAsync((await loader.LoadAsync(query.Id, cancellationToken)).Report, cancellationToken);
}
