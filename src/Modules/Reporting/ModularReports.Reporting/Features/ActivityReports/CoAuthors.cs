using FluentValidation.Results;
using ModularReports.Reporting.Data;
using ModularReports.Reporting.Features.Review;

namespace ModularReports.Reporting.Features.ActivityReports;

/// <summary>The author (or an admin) adds a colleague of the same constituent as co-author, or removes one.</summary>
internal sealed record SetCoAuthor(Guid ReportId, Guid UserId, bool Add) : ICommand<ActivityReportView>;

internal sealed class SetCoAuthorHandler(ReportStore store, ReportLoader loader, ActivityReportViews views, IUserDirectory users, TimeProvider clock)
    : ICommandHandler<SetCoAuthor, ActivityReportView>
{
    public async ValueTask<ActivityReportView> Handle(SetCoAuthor command, CancellationToken cancellationToken)
    {
        var (report, relations) = await loader.LoadAsync<ActivityReport>(command.ReportId, cancellationToken);
        if (!relations.Contains(WorkflowActors.Author) && !relations.Contains(WorkflowActors.Admin))
        {
            throw new ForbiddenException("Only the report's authors and admins choose its co-authors.");
        }

        if (command.Add)
        {
            var colleague = await users.FindAsync(command.UserId, cancellationToken);
            if (colleague is not { IsActive: true } || !colleague.Roles.Contains(Roles.Reporter) || colleague.ConstituentId != report.ConstituentId)
            {
                throw new ValidationException([new ValidationFailure("userId", "Choose an active reporter of the same organisation.")]);
            }

            if (colleague.Id != report.AuthorUserId && !report.CoAuthorIds.Contains(colleague.Id))
            {
                report.CoAuthorIds = [.. report.CoAuthorIds, colleague.Id];
            }
        }
        else
        {
            report.CoAuthorIds = report.CoAuthorIds.Where(id => id != command.UserId).ToList();
        }

        report.Edited(clock.GetUtcNow().UtcDateTime);
        await store.SaveAsync(cancellationToken);
        return await views.ViewAsync(report, cancellationToken);
    }
}
