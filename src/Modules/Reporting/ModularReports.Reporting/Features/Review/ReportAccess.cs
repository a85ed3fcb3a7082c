using ModularReports.BuildingBlocks.Web;
using ModularReports.Constituencies.Contracts;
using ModularReports.Identity.Contracts;
using ModularReports.Reporting.Domain;
using ModularReports.Workflow.Contracts;

namespace ModularReports.Reporting.Features.Review;

/// <summary>
/// How the current user relates to a report (the workflow's actors) and what that lets them see. Activity reports:
/// admins everything; the author and colleagues of the same constituent their reports; the resolution's assigned
/// focal points what has been submitted. Progress reports: admins and the resolution's focal points. Anything else is
/// "not found", so ids cannot be probed.
/// </summary>
internal sealed class ReportAccess(ICurrentUser currentUser, IUserDirectory users, IFocalPointDirectory focalPoints)
{
    private UserRef? user;
    private bool loaded;
    private IReadOnlySet<Guid>? reviewed;

    public Guid UserId => currentUser.UserId ?? throw new ForbiddenException("Sign in first.");

    public async Task<UserRef?> UserAsync(CancellationToken cancellationToken)
    {
        if (!loaded)
        {
            user = currentUser.UserId is { } id ? await users.FindAsync(id, cancellationToken) : null;
            loaded = true;
        }

        return user;
    }

    public async Task<IReadOnlySet<string>> RelationsAsync(ActivityReport report, CancellationToken cancellationToken)
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

        if (report.AuthorUserId == me.Id || report.CoAuthorIds.Contains(me.Id))
        {
            relations.Add(WorkflowActors.Author);
        }

        if (me.ConstituentId == report.ConstituentId && me.Roles.Contains(Roles.Reporter))
        {
            relations.Add(WorkflowActors.AuthorsOrganisation);
        }

        if (me.Roles.Contains(Roles.FocalPoint))
        {
            relations.Add(WorkflowActors.AnyFocalPoint);
            if ((await ReviewedResolutionsAsync(me, cancellationToken)).Contains(report.ResolutionId))
            {
                relations.Add(WorkflowActors.AssignedFocalPoint);
            }
        }

        return relations;
    }

    public async Task<IReadOnlySet<string>> RelationsAsync(ProgressReport report, CancellationToken cancellationToken)
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

        if (me.Roles.Contains(Roles.FocalPoint))
        {
            relations.Add(WorkflowActors.AnyFocalPoint);
            if ((await ReviewedResolutionsAsync(me, cancellationToken)).Contains(report.ResolutionId))
            {
                relations.Add(WorkflowActors.AssignedFocalPoint);
                if (report.AuthorUserId == me.Id)
                {
                    relations.Add(WorkflowActors.Author);
                }
            }
        }

        return relations;
    }

    public async Task<WorkflowActorContext> ActorAsync(ProgressReport report, CancellationToken cancellationToken) =>
        new(UserId, await RelationsAsync(report, cancellationToken), report.SubmitterUserId, report.Condition);

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
        return reports.Where(r => resolutions.Contains(r.ResolutionId));
    }

    /// <summary>Whether the current user is an active focal point of the resolution (or an admin): who starts progress reports.</summary>
    public async Task<bool> CompilesAsync(Guid resolutionId, CancellationToken cancellationToken)
    {
        var me = await UserAsync(cancellationToken);
        return me is { IsActive: true } && (me.Roles.Contains(Roles.Admin)
            || (me.Roles.Contains(Roles.FocalPoint) && (await ReviewedResolutionsAsync(me, cancellationToken)).Contains(resolutionId)));
    }

    /// <summary>The current user as a workflow actor on the report (relations, last submitter, the report's conditions).</summary>
    public async Task<WorkflowActorContext> ActorAsync(ActivityReport report, CancellationToken cancellationToken) =>
        new(UserId, await RelationsAsync(report, cancellationToken), report.SubmitterUserId, report.Condition);

    /// <summary>The same rule as <see cref="CanRead"/>, as a query: the reports the current user may see.</summary>
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
            || (resolutions.Contains(r.ResolutionId) && r.State != "draft"));
    }

    /// <summary>The resolutions the user is a focal point of, read once per request.</summary>
    private async Task<IReadOnlySet<Guid>> ReviewedResolutionsAsync(UserRef me, CancellationToken cancellationToken) =>
        reviewed ??= me.Roles.Contains(Roles.FocalPoint)
            ? (await focalPoints.ResolutionsOfAsync(me.Id, cancellationToken)).ToHashSet()
            : new HashSet<Guid>();

    public static bool CanReadProgress(IReadOnlySet<string> relations) =>
        relations.Contains(WorkflowActors.Admin) || relations.Contains(WorkflowActors.AssignedFocalPoint);

    public static bool CanRead(IReadOnlySet<string> relations, string state) =>
        relations.Contains(WorkflowActors.Admin) || relations.Contains(WorkflowActors.Author) || relations.Contains(WorkflowActors.AuthorsOrganisation)
        || (relations.Contains(WorkflowActors.AssignedFocalPoint) && state != "draft");
}
