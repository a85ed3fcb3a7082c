using System.Globalization;
using ModularReports.Constituencies.Contracts;
using ModularReports.Notifications.Contracts;
using ModularReports.Notifications.Data;

namespace ModularReports.Notifications.Features.Following;

/// <summary>A resolution the signed-in person follows, named in their language.</summary>
internal sealed record FollowedResolution(Guid ResolutionId, string Code, string Title, DateTime FollowedAt);

/// <summary>The resolutions the signed-in person follows, by code.</summary>
internal sealed record ListFollowed : IQuery<IReadOnlyList<FollowedResolution>>;

/// <summary>Follow a resolution: each of its reports that is published reaches the person. Following it again changes nothing.</summary>
internal sealed record Follow(Guid ResolutionId) : ICommand<FollowedResolution>;

/// <summary>Stop following a resolution; true when it was followed.</summary>
internal sealed record Unfollow(Guid ResolutionId) : ICommand<bool>;

internal sealed class FollowingHandlers(NotificationsDbContext db, ICurrentUser user, IResolutionCatalog resolutions, TimeProvider clock)
    : IQueryHandler<ListFollowed, IReadOnlyList<FollowedResolution>>, ICommandHandler<Follow, FollowedResolution>, ICommandHandler<Unfollow, bool>
{
    public async ValueTask<IReadOnlyList<FollowedResolution>> Handle(ListFollowed query, CancellationToken cancellationToken)
    {
        var me = Me();
        var follows = await db.Follows.AsNoTracking().Where(f => f.UserId == me).ToListAsync(cancellationToken);
        var named = await resolutions.FindManyAsync(follows.Select(f => f.ResolutionId).ToList(), Language, cancellationToken);
        // A resolution removed from the catalogue since has nothing more to publish: it is left out.
        return follows.Where(f => named.ContainsKey(f.ResolutionId))
            .Select(f => new FollowedResolution(f.ResolutionId, named[f.ResolutionId].Code, named[f.ResolutionId].Title, f.FollowedAt))
            .OrderBy(f => f.Code, StringComparer.Ordinal).ToList();
    }

    public async ValueTask<FollowedResolution> Handle(Follow command, CancellationToken cancellationToken)
    {
        var me = Me();
        var resolution = await resolutions.FindAsync(command.ResolutionId, Language, cancellationToken)
            ?? throw new NotFoundException($"No resolution {command.ResolutionId}.");
        var follow = await db.Follows.AsNoTracking().SingleOrDefaultAsync(f => f.UserId == me && f.ResolutionId == command.ResolutionId, cancellationToken);
        if (follow is null)
        {
            follow = new ResolutionFollow { UserId = me, ResolutionId = command.ResolutionId, FollowedAt = clock.GetUtcNow().UtcDateTime };
            db.Follows.Add(follow);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // The same person's other request (a double click) may have followed it first: that is what they asked for.
                db.ChangeTracker.Clear();
                if (!await db.Follows.AnyAsync(f => f.UserId == me && f.ResolutionId == command.ResolutionId, cancellationToken))
                {
                    throw;
                }
            }
        }

        return new FollowedResolution(resolution.Id, resolution.Code, resolution.Title, follow.FollowedAt);
    }

    public async ValueTask<bool> Handle(Unfollow command, CancellationToken cancellationToken)
    {
        var me = Me();
        return await db.Follows.Where(f => f.UserId == me && f.ResolutionId == command.ResolutionId).ExecuteDeleteAsync(cancellationToken) > 0;
    }

    private Guid Me() => user.UserId ?? throw new ForbiddenException("Sign in to follow resolutions.");

    private static string Language => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
}

/// <summary>Who follows a resolution, for the resolution's page and for the messages that tell of its publications.</summary>
internal sealed class ResolutionFollowers(NotificationsDbContext db) : IResolutionFollowers
{
    public Task<bool> FollowsAsync(Guid userId, Guid resolutionId, CancellationToken cancellationToken) =>
        db.Follows.AnyAsync(f => f.UserId == userId && f.ResolutionId == resolutionId, cancellationToken);

    public async Task<IReadOnlyList<Guid>> OfAsync(Guid resolutionId, CancellationToken cancellationToken) =>
        await db.Follows.Where(f => f.ResolutionId == resolutionId).Select(f => f.UserId).ToListAsync(cancellationToken);
}
