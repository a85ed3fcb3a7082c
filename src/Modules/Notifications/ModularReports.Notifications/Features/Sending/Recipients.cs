using ModularReports.Constituencies.Contracts;
using ModularReports.Workflow.Contracts;

namespace ModularReports.Notifications.Features.Sending;

/// <summary>
/// Who the workflow definition's actors are for one report: active people, each once. The assigned focal points of a
/// resolution that has none are the admins.
/// </summary>
internal sealed class Recipients(IUserDirectory users, IFocalPointDirectory focalPoints)
{
    public async Task<IReadOnlyList<UserRef>> ResolveAsync(
        IReadOnlyList<string> actors, Guid resolutionId, Guid? constituentId, IReadOnlyList<Guid> authorUserIds, IReadOnlyList<Guid> contributorUserIds,
        Guid? except, CancellationToken cancellationToken)
    {
        var found = new Dictionary<Guid, UserRef>();
        var ids = new HashSet<Guid>();
        foreach (var actor in actors.Distinct(StringComparer.Ordinal))
        {
            switch (actor)
            {
                case WorkflowActors.Author:
                    ids.UnionWith(authorUserIds);
                    break;
                case WorkflowActors.Contributors:
                    ids.UnionWith(contributorUserIds);
                    break;
                case WorkflowActors.AuthorsOrganisation when constituentId is { } constituent:
                    Add(found, await users.OfConstituentAsync(constituent, cancellationToken));
                    break;
                case WorkflowActors.AssignedFocalPoint:
                    var assigned = await ActiveFocalPointsAsync(resolutionId, cancellationToken);
                    // A resolution nobody reviews yet: its reports reach the admins rather than nobody.
                    Add(found, assigned.Count > 0 ? assigned : await users.InRoleAsync(Roles.Admin, cancellationToken));
                    break;
                case WorkflowActors.AnyFocalPoint:
                    Add(found, await users.InRoleAsync(Roles.FocalPoint, cancellationToken));
                    break;
                case WorkflowActors.Admin:
                    Add(found, await users.InRoleAsync(Roles.Admin, cancellationToken));
                    break;
            }
        }

        ids.ExceptWith(found.Keys);
        if (ids.Count > 0)
        {
            Add(found, (await users.FindManyAsync(ids, cancellationToken)).Values);
        }

        // Nobody is told about what they did themselves.
        return found.Values.Where(u => u.IsActive && u.Id != except).OrderBy(u => u.DisplayName, StringComparer.Ordinal).ToList();
    }

    /// <summary>Whether someone active reviews the resolution (otherwise its notices reach the admins).</summary>
    public async Task<bool> HasActiveFocalPointAsync(Guid resolutionId, CancellationToken cancellationToken) =>
        (await ActiveFocalPointsAsync(resolutionId, cancellationToken)).Count > 0;

    private async Task<List<UserRef>> ActiveFocalPointsAsync(Guid resolutionId, CancellationToken cancellationToken) =>
        (await users.FindManyAsync(await focalPoints.FocalPointsOfAsync(resolutionId, cancellationToken), cancellationToken)).Values
            .Where(u => u.IsActive).ToList();

    private static void Add(Dictionary<Guid, UserRef> found, IEnumerable<UserRef> people)
    {
        foreach (var person in people)
        {
            found[person.Id] = person;
        }
    }
}
