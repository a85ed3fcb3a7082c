using ModularReports.Reporting.Data;

namespace ModularReports.Reporting.Features.Review;

/// <summary>
/// How the current user relates to a report (the workflow's actors) and what that lets them see (<see cref="CanRead"/>).
/// Anything else is "not found", so ids cannot be probed.
/// </summary>
internal sealed class ReportAccess(ICurrentUser currentUser, IUserDirectory users, IFocalPointDirectory focalPoints, ReportStore store)
{
    private UserRef? user;
    private bool loaded;
    private IReadOnlySet<Guid>? reviewed;

    public Guid UserId => currentUser.UserId ?? throw new ForbiddenException("Sign in first.");

    public async Task<UserRef?> UserAsync(CancellationToken cancellationToken)
    {
        if (!loaded)
        {
            // As the database has them now: a role or an organisation changed on another node counts at once.
            user = currentUser.UserId is { } id ? await users.FindCurrentAsync(id, cancellationToken) : null;
            loaded = true;
        }

        return user;
    }

    /// <summary>
    /// The current user's relations to the report. An activity report's author and co-authors keep theirs; a progress
    /// report's author is one of its resolution's focal points, and is its author only while assigned to it.
    /// </summary>
    public async Task<IReadOnlySet<string>> RelationsAsync(ReviewedReport report, CancellationToken cancellationToken)
    {
        var relations = new HashSet<string>(StringComparer.Ordinal);
        var me = await UserAsync(cancellationToken);
        if (me is not { IsActive: true })
        {
            return relations;
        }

        if (me.Roles.Contains(Roles.Admin))
        {
            relations.Add(WorkflowActors.Admin);
        }

        var assigned = false;
        if (me.Roles.Contains(Roles.FocalPoint))
        {
            relations.Add(WorkflowActors.AnyFocalPoint);
            assigned = (await ReviewedResolutionsAsync(me, cancellationToken)).Contains(report.ResolutionId);
            if (assigned)
            {
                relations.Add(WorkflowActors.AssignedFocalPoint);
            }
        }

        if (report.Authors.Contains(me.Id) && (report is ActivityReport || assigned))
        {
            relations.Add(WorkflowActors.Author);
        }

        if (report is ActivityReport activity && me.ConstituentId == activity.ConstituentId && me.Roles.Contains(Roles.Reporter))
        {
            relations.Add(WorkflowActors.AuthorsOrganisation);
        }

        return relations;
    }

    /// <summary>The current user as a workflow actor on the report: relations, last submitter, and the report's conditions.</summary>
    public async Task<WorkflowActorContext> ActorAsync(ReviewedReport report, CancellationToken cancellationToken) =>
        Actor(report, await RelationsAsync(report, cancellationToken));

    /// <summary>The current user as a workflow actor, with the relations already worked out (when the report was loaded).</summary>
    public WorkflowActorContext Actor(ReviewedReport report, IReadOnlySet<string> relations) => Actor(UserId, report, relations);

    /// <summary>The system (a timer) as a workflow actor on the report.</summary>
    public WorkflowActorContext SystemActor(ReviewedReport report) => Actor(null, report, new HashSet<string> { WorkflowActors.System });

    private WorkflowActorContext Actor(Guid? userId, ReviewedReport report, IReadOnlySet<string> relations) =>
        new(userId, relations, report.SubmitterUserId, new ReportConditions(report, userId, store, focalPoints, users));

    /// <summary>Progress reports the current user may see: all for admins, those of their resolutions for focal points.</summary>
    public async Task<IQueryable<ProgressReport>> VisibleAsync(IQueryable<ProgressReport> reports, CancellationToken cancellationToken)
    {
        var me = await UserAsync(cancellationToken);
        if (me is not { IsActive: true })
        {
            return reports.Where(_ => false);
        }

        if (me.Roles.Contains(Roles.Admin))
        {
            return reports;
        }

        var resolutions = (await ReviewedResolutionsAsync(me, cancellationToken)).ToList();
        return reports.Where(r => resolutions.Contains(r.ResolutionId) && (!r.HiddenFromReviewers || r.AuthorUserId == me.Id));
    }

    /// <summary>Whether the current user is an active focal point of the resolution (or an admin): who starts progress reports.</summary>
    public async Task<bool> CompilesAsync(Guid resolutionId, CancellationToken cancellationToken)
    {
        var me = await UserAsync(cancellationToken);
        return me is { IsActive: true } && (me.Roles.Contains(Roles.Admin)
            || (me.Roles.Contains(Roles.FocalPoint) && (await ReviewedResolutionsAsync(me, cancellationToken)).Contains(resolutionId)));
    }

    /// <summary>The same rule as <see cref="CanRead"/>, as a query: the activity reports the current user may see.</summary>
    public async Task<IQueryable<ActivityReport>> VisibleAsync(IQueryable<ActivityReport> reports, CancellationToken cancellationToken)
    {
        var me = await UserAsync(cancellationToken);
        if (me is not { IsActive: true })
        {
            return reports.Where(_ => false);
        }

        if (me.Roles.Contains(Roles.Admin))
        {
            return reports;
        }

        var organisation = me.Roles.Contains(Roles.Reporter) ? me.ConstituentId : null;
        var resolutions = (await ReviewedResolutionsAsync(me, cancellationToken)).ToList();
        return reports.Where(r => r.AuthorUserId == me.Id || (organisation != null && r.ConstituentId == organisation)
            || (resolutions.Contains(r.ResolutionId) && !r.HiddenFromReviewers));
    }

    /// <summary>The resolutions the user is a focal point of, read once per request.</summary>
    private async Task<IReadOnlySet<Guid>> ReviewedResolutionsAsync(UserRef me, CancellationToken cancellationToken) =>
        reviewed ??= me.Roles.Contains(Roles.FocalPoint)
            ? (await focalPoints.ResolutionsOfAsync(me.Id, cancellationToken)).ToHashSet()
            : new HashSet<Guid>();

    /// <summary>
    /// Who may read a report: admins, its authors (and, for an activity report, their organisation's reporters), and
    /// its resolution's focal points unless its state hides it from reviewers. Anyone else is told it does not exist.
    /// </summary>
    public static bool CanRead(IReadOnlySet<string> relations, ReviewedReport report) =>
        relations.Contains(WorkflowActors.Admin) || relations.Contains(WorkflowActors.Author) || relations.Contains(WorkflowActors.AuthorsOrganisation)
        || (relations.Contains(WorkflowActors.AssignedFocalPoint) && !report.HiddenFromReviewers);
}
