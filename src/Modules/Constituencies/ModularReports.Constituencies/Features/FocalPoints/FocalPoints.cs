using FluentValidation.Results;
using ModularReports.Constituencies.Data;
using ModularReports.Constituencies.Features.Directories;

namespace ModularReports.Constituencies.Features.FocalPoints;

internal sealed record FocalPointItem(Guid Id, Guid UserId, string UserName, string UserEmail, Guid ConstituentId, string ConstituentName, DateTime AssignedAt, string AssignedBy);

/// <summary>The focal points of a resolution, with the person and the body they act for.</summary>
internal sealed record ListFocalPoints(Guid ResolutionId) : IQuery<IReadOnlyList<FocalPointItem>>;

internal sealed class ListFocalPointsHandler(ConstituenciesDbContext db, IUserDirectory users) : IQueryHandler<ListFocalPoints, IReadOnlyList<FocalPointItem>>
{
    public async ValueTask<IReadOnlyList<FocalPointItem>> Handle(ListFocalPoints query, CancellationToken cancellationToken)
    {
        if (!await db.Resolutions.AnyAsync(r => r.Id == query.ResolutionId, cancellationToken))
        {
            throw new NotFoundException($"No resolution with id {query.ResolutionId}.");
        }

        var rows = await db.FocalPoints.AsNoTracking().Where(f => f.ResolutionId == query.ResolutionId)
            .Join(db.Constituents, f => f.ConstituentId, c => c.Id, (f, c) => new { FocalPoint = f, Constituent = c })
            .ToListAsync(cancellationToken);
        var people = await users.FindManyAsync(rows.Select(r => r.FocalPoint.UserId).ToList(), cancellationToken);
        return rows
            .Select(r => new FocalPointItem(
                r.FocalPoint.Id, r.FocalPoint.UserId,
                people.TryGetValue(r.FocalPoint.UserId, out var person) ? person.DisplayName : "(unknown user)",
                person?.Email ?? string.Empty,
                r.Constituent.Id, ConstituentDisplay.Format(r.Constituent), r.FocalPoint.AssignedAt, r.FocalPoint.AssignedBy))
            .OrderBy(f => f.UserName, StringComparer.CurrentCulture)
            .ToList();
    }
}

/// <summary>Assigns a person with the FocalPoint role to a resolution, acting for the Secretariat or a Commission.</summary>
internal sealed record AssignFocalPoint(Guid ResolutionId, Guid UserId, Guid ConstituentId) : ICommand<Guid>;

internal sealed class AssignFocalPointHandler(ConstituenciesDbContext db, IUserDirectory users, ICurrentUser currentUser, TimeProvider clock)
    : ICommandHandler<AssignFocalPoint, Guid>
{
    public async ValueTask<Guid> Handle(AssignFocalPoint command, CancellationToken cancellationToken)
    {
        if (!await db.Resolutions.AnyAsync(r => r.Id == command.ResolutionId, cancellationToken))
        {
            throw new NotFoundException($"No resolution with id {command.ResolutionId}.");
        }

        var failures = new List<ValidationFailure>();
        var user = await users.FindAsync(command.UserId, cancellationToken);
        if (user is not { IsActive: true } || !user.Roles.Contains(Roles.FocalPoint))
        {
            failures.Add(new ValidationFailure("UserId", "Choose an active user with the FocalPoint role."));
        }

        var constituent = await db.Constituents.SingleOrDefaultAsync(c => c.Id == command.ConstituentId, cancellationToken);
        if (constituent is not { IsArchived: false, Type: ConstituentType.Secretariat or ConstituentType.Commission })
        {
            failures.Add(new ValidationFailure("ConstituentId", "A focal point acts for the Secretariat or a Commission."));
        }

        if (failures.Count == 0 && await db.FocalPoints.AnyAsync(f => f.ResolutionId == command.ResolutionId && f.UserId == command.UserId, cancellationToken))
        {
            failures.Add(new ValidationFailure("UserId", "This person is already a focal point of the resolution."));
        }

        if (failures.Count > 0)
        {
            throw new ValidationException(failures);
        }

        var focalPoint = new FocalPoint
        {
            Id = Guid.CreateVersion7(), ResolutionId = command.ResolutionId, UserId = command.UserId, ConstituentId = command.ConstituentId,
            AssignedAt = clock.GetUtcNow().UtcDateTime, AssignedBy = currentUser.Email ?? "system",
        };
        db.FocalPoints.Add(focalPoint);
        await db.SaveChangesAsync(cancellationToken);
        return focalPoint.Id;
    }
}

/// <summary>Ends a focal point's assignment.</summary>
internal sealed record RemoveFocalPoint(Guid ResolutionId, Guid FocalPointId) : ICommand;

internal sealed class RemoveFocalPointHandler(ConstituenciesDbContext db) : ICommandHandler<RemoveFocalPoint>
{
    public async ValueTask<Unit> Handle(RemoveFocalPoint command, CancellationToken cancellationToken)
    {
        var focalPoint = await db.FocalPoints.SingleOrDefaultAsync(f => f.Id == command.FocalPointId && f.ResolutionId == command.ResolutionId, cancellationToken)
            ?? throw new NotFoundException($"No focal point {command.FocalPointId} on resolution {command.ResolutionId}.");
        db.FocalPoints.Remove(focalPoint);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
