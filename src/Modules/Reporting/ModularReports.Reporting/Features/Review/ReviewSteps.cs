using FluentValidation.Results;
using ModularReports.Reporting.Data;

namespace ModularReports.Reporting.Features.Review;

/// <summary>
/// A reviewer takes the report's current review step in hand (<paramref name="AssigneeUserId"/> empty or theirs), or
/// gives it to another focal point of the resolution. The others then see it as taken; each is journaled.
/// </summary>
internal sealed record ClaimReview(string Kind, Guid Id, Guid? AssigneeUserId) : ICommand;

/// <summary>The reviewer who has the step in hand (or an admin) lets it go back to the resolution's reviewers.</summary>
internal sealed record ReleaseReview(string Kind, Guid Id) : ICommand;

internal sealed class ReviewStepHandlers(
    ReportLoader loader, ReportAccess access, ReportStore store, IWorkflowRuntime workflow, IFocalPointDirectory focalPoints, IUserDirectory users,
    TimeProvider clock)
    : ICommandHandler<ClaimReview>, ICommandHandler<ReleaseReview>
{
    public async ValueTask<Unit> Handle(ClaimReview command, CancellationToken cancellationToken)
    {
        var (report, relations) = await ReviewerLoadAsync(command.Kind, command.Id, cancellationToken);
        var me = access.UserId;
        var holder = command.AssigneeUserId ?? me;
        if (holder != me && (holder == report.SubmitterUserId || !await IsReviewerOfAsync(holder, report.ResolutionId, cancellationToken)))
        {
            throw new ValidationException([new ValidationFailure(nameof(command.AssigneeUserId), "Choose one of the resolution's active focal points who did not submit the report.")]);
        }

        if (report.ClaimedByUserId is { } current && current != me && !relations.Contains(WorkflowActors.Admin))
        {
            throw new ConflictException("Someone has this review in hand", $"{await NameAsync(current, cancellationToken)} has this review in hand; ask them to give it to you.");
        }

        if (report.ClaimedByUserId == holder)
        {
            return Unit.Value; // already in their hands: nothing to record
        }

        store.Add(report.Claim(me, holder, clock.GetUtcNow().UtcDateTime));
        await store.SaveClaimAsync(report, cancellationToken);
        return Unit.Value;
    }

    public async ValueTask<Unit> Handle(ReleaseReview command, CancellationToken cancellationToken)
    {
        var (report, relations) = await ReviewerLoadAsync(command.Kind, command.Id, cancellationToken);
        if (report.ClaimedByUserId is not { } current)
        {
            throw new ConflictException("Nobody has this review in hand", "Nobody has this review in hand: there is nothing to let go.");
        }

        if (current != access.UserId && !relations.Contains(WorkflowActors.Admin))
        {
            throw new ForbiddenException("Only the reviewer who has this review in hand, or an admin, lets it go.");
        }

        store.Add(report.Release(access.UserId, clock.GetUtcNow().UtcDateTime));
        await store.SaveClaimAsync(report, cancellationToken);
        return Unit.Value;
    }

    /// <summary>The report, if the caller reviews it and it waits for its reviewers (not being written, not finished).</summary>
    private async Task<(ReviewedReport Report, IReadOnlySet<string> Relations)> ReviewerLoadAsync(string kind, Guid id, CancellationToken cancellationToken)
    {
        var (report, relations) = await loader.LoadToActOnAsync(kind, id, cancellationToken);
        if (!relations.Contains(WorkflowActors.AssignedFocalPoint) && !relations.Contains(WorkflowActors.Admin))
        {
            throw new ForbiddenException("Only the resolution's focal points and admins take review steps in hand.");
        }

        var state = await workflow.DescribeStateAsync(report.Position, "en", cancellationToken);
        if (state.IsTerminal || state.EditableBy.Count > 0)
        {
            throw new ConflictException("No review step now", "The report is not waiting for its reviewers.");
        }

        return (report, relations);
    }

    private async Task<bool> IsReviewerOfAsync(Guid userId, Guid resolutionId, CancellationToken cancellationToken) =>
        (await focalPoints.FocalPointsOfAsync(resolutionId, cancellationToken)).Contains(userId)
        && await users.FindAsync(userId, cancellationToken) is { IsActive: true } user && user.Roles.Contains(Roles.FocalPoint);

    private async Task<string> NameAsync(Guid userId, CancellationToken cancellationToken) =>
        (await users.FindAsync(userId, cancellationToken))?.DisplayName ?? "?";
}
