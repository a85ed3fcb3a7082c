using FluentValidation.Results;
using ModularReports.Reporting.Data;
using ModularReports.Reporting.Features.Review;

namespace ModularReports.Reporting.Features.ActivityReports;

/// <summary>An activity report with the names that go with it, in the reader's language.</summary>
internal sealed class ActivityReportViews(IResolutionCatalog resolutions, IConstituentDirectory constituents, IWorkflowRuntime workflow)
{
    public async Task<ActivityReportView> ViewAsync(ActivityReport report, CancellationToken cancellationToken)
    {
        var language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        var resolution = await resolutions.FindAsync(report.ResolutionId, language, cancellationToken);
        var constituent = await constituents.FindAsync(report.ConstituentId, cancellationToken);
        var state = await workflow.DescribeStateAsync(report.Position, language, cancellationToken);
        return ActivityReportView.From(
            report, resolution?.Code ?? "(unknown resolution)", constituent?.DisplayName ?? "(unknown organisation)", state.Label);
    }
}

/// <summary>
/// A reporter starts a report for their organisation on one resolution (an admin names the organisation), empty or
/// carried over from the organisation's latest accepted report on that resolution (<paramref name="CarryOver"/>).
/// </summary>
internal sealed record CreateActivityReport(Guid ResolutionId, Guid? ConstituentId, bool CarryOver = false) : ICommand<ActivityReportView>;

internal sealed class CreateActivityReportHandler(
    ReportStore store, ReportAccess access, ActivityReportViews views, IResolutionCatalog resolutions, IConstituentDirectory constituents,
    IWorkflowRuntime workflow, TimeProvider clock) : ICommandHandler<CreateActivityReport, ActivityReportView>
{
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

        var earlier = command.CarryOver && failures.Count == 0
            ? await store.LatestCountedAsync(command.ResolutionId, constituentId.Value, cancellationToken)
            : null;
        if (command.CarryOver && earlier is null && failures.Count == 0)
        {
            failures.Add(new ValidationFailure("CarryOver", "Your organisation has no accepted report on this resolution to start from; start an empty one."));
        }

        if (failures.Count > 0)
        {
            throw new ValidationException(failures);
        }

        var start = await workflow.StartAsync(new WorkflowScope(ReportKinds.Activity, resolution!.Congress, resolution.Kind), cancellationToken);
        var initial = await workflow.DescribeStateAsync(start, "en", cancellationToken);
        var report = new ActivityReport(start, initial, clock.GetUtcNow().UtcDateTime)
        {
            Id = Guid.CreateVersion7(), ResolutionId = command.ResolutionId, ConstituentId = constituentId.Value, AuthorUserId = me.Id,
        };
        if (earlier is not null)
        {
            report.CarryOver(earlier);
        }

        store.Add(report);
        await store.SaveAsync(cancellationToken);
        return await views.ViewAsync(report, cancellationToken);
    }
}
