using ModularReports.BuildingBlocks.Mediation;
using ModularReports.Constituencies.Data;

namespace ModularReports.Constituencies.Features.Constituents;

internal sealed record ConstituentItem(
    Guid Id, string Type, string Name, string? Acronym, string? CountryCode, string? Region, string? MembershipCategory,
    int? PeriodStart, int? PeriodEnd, Guid? ParentId, string DisplayName, bool IsArchived, int Version);

internal sealed record ConstituentPage(IReadOnlyList<ConstituentItem> Items, int Page, int PageSize, int Total);

/// <summary>Admins search constituents by name or acronym, type and archive state.</summary>
internal sealed record ListConstituents(string? Q, string? Type, bool? Archived, int Page = 1, int PageSize = 25) : IQuery<ConstituentPage>;

internal sealed class ListConstituentsValidator : AbstractValidator<ListConstituents>
{
    public ListConstituentsValidator()
    {
        RuleFor(q => q.Type).Must(t => t is null || Enum.TryParse<ConstituentType>(t, ignoreCase: true, out _)).WithMessage("Unknown constituent type.");
        RuleFor(q => q.Q).MaximumLength(200);
        RuleFor(q => q.Page).ValidPage();
        RuleFor(q => q.PageSize).InclusiveBetween(1, 100);
    }
}

internal sealed class ConstituentQueries(ConstituenciesDbContext db)
    : IQueryHandler<ListConstituents, ConstituentPage>, IQueryHandler<GetConstituent, ConstituentItem>
{
    public async ValueTask<ConstituentPage> Handle(ListConstituents query, CancellationToken cancellationToken)
    {
        var constituents = db.Constituents.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var term = query.Q.Trim().ToUpperInvariant();
            constituents = constituents.Where(c => c.Name.ToUpper().Contains(term) || (c.Acronym != null && c.Acronym.ToUpper().Contains(term)));
        }

        if (!string.IsNullOrWhiteSpace(query.Type))
        {
            var type = Enum.Parse<ConstituentType>(query.Type, ignoreCase: true);
            constituents = constituents.Where(c => c.Type == type);
        }

        if (query.Archived is { } archived)
        {
            constituents = constituents.Where(c => c.IsArchived == archived);
        }

        var total = await constituents.CountAsync(cancellationToken);
        var page = await constituents.OrderBy(c => c.Name).Skip((query.Page - 1) * query.PageSize).Take(query.PageSize).ToListAsync(cancellationToken);
        return new ConstituentPage(page.Select(ToItem).ToList(), query.Page, query.PageSize, total);
    }

    public async ValueTask<ConstituentItem> Handle(GetConstituent query, CancellationToken cancellationToken) =>
        ToItem(await db.Constituents.AsNoTracking().SingleOrDefaultAsync(c => c.Id == query.Id, cancellationToken)
            ?? throw new NotFoundException($"No constituent with id {query.Id}."));

    public static ConstituentItem ToItem(Constituent c) => new(
        c.Id, c.Type.ToString(), c.Name, c.Acronym, c.CountryCode, c.Region, c.MembershipCategory, c.PeriodStart, c.PeriodEnd,
        c.ParentId, ConstituentDisplay.Format(c), c.IsArchived, c.Version);
}

internal sealed record GetConstituent(Guid Id) : IQuery<ConstituentItem>;

/// <summary>
/// Creates (no id) or edits a constituent. An edit carries the version it was based on: a stale one is refused (409).
/// Which fields are required depends on the type.
/// </summary>
internal sealed record SaveConstituent(
    Guid? Id, string Type, string Name, string? Acronym, string? CountryCode, string? Region, string? MembershipCategory,
    int? PeriodStart, int? PeriodEnd, Guid? ParentId, int? Version) : ICommand<ConstituentItem>;

internal sealed class SaveConstituentValidator : AbstractValidator<SaveConstituent>
{
    public SaveConstituentValidator()
    {
        RuleFor(c => c.Type).Must(t => Enum.TryParse<ConstituentType>(t, ignoreCase: true, out _)).WithMessage("Unknown constituent type.");
        RuleFor(c => c.Name).NotEmpty().MaximumLength(Constituent.NameMaxLength);
        RuleFor(c => c.Acronym).MaximumLength(Constituent.AcronymMaxLength);
        RuleFor(c => c.CountryCode).Must(c => Countries.IsKnown(c!.Trim())).When(c => !string.IsNullOrWhiteSpace(c.CountryCode))
            .WithMessage("Use an ISO 3166 country code (e.g. FR, US).");
        RuleFor(c => c.Region).Must(r => Vocabularies.StatutoryRegions.Contains(r!.Trim())).When(c => !string.IsNullOrWhiteSpace(c.Region))
            .WithMessage($"Use one of the statutory regions: {string.Join(", ", Vocabularies.StatutoryRegions)}.");
        RuleFor(c => c.MembershipCategory).Must(m => Vocabularies.MembershipCategories.Contains(m!.Trim().ToUpperInvariant())).When(c => !string.IsNullOrWhiteSpace(c.MembershipCategory))
            .WithMessage("The membership category must be A, B, C or D.");
        RuleFor(c => c.PeriodEnd).GreaterThanOrEqualTo(c => c.PeriodStart).When(c => c.PeriodStart is not null && c.PeriodEnd is not null);
        RuleFor(c => c.PeriodStart).InclusiveBetween(1948, 2200).When(c => c.PeriodStart is not null);

        When(c => Is(c, ConstituentType.Member), () =>
        {
            RuleFor(c => c.CountryCode).NotEmpty().WithMessage("A Member needs its country.");
            RuleFor(c => c.MembershipCategory).NotEmpty().WithMessage("A Member needs its membership category.");
        });
        When(c => Is(c, ConstituentType.Commission) && c.ParentId is null, () =>
        {
            RuleFor(c => c.PeriodStart).NotNull().WithMessage("A Commission needs its period.");
            RuleFor(c => c.PeriodEnd).NotNull().WithMessage("A Commission needs its period.");
        });
        When(c => Is(c, ConstituentType.Council), () => RuleFor(c => c.PeriodStart).NotNull().WithMessage("The Council needs its period."));
        When(c => Is(c, ConstituentType.NationalCommittee), () => RuleFor(c => c.CountryCode).NotEmpty().WithMessage("A National Committee needs its country."));
        When(c => Is(c, ConstituentType.RegionalCommittee), () => RuleFor(c => c.Region).NotEmpty().WithMessage("A Regional Committee needs its region."));
    }

    private static bool Is(SaveConstituent c, ConstituentType type) =>
        Enum.TryParse<ConstituentType>(c.Type, ignoreCase: true, out var parsed) && parsed == type;
}

internal sealed class SaveConstituentHandler(ConstituenciesDbContext db, TimeProvider clock) : ICommandHandler<SaveConstituent, ConstituentItem>
{
    public async ValueTask<ConstituentItem> Handle(SaveConstituent command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var type = Enum.Parse<ConstituentType>(command.Type, ignoreCase: true);
        if (command.ParentId is { } parentId
            && !await db.Constituents.AnyAsync(c => c.Id == parentId && c.Type == ConstituentType.Commission && c.Id != command.Id, cancellationToken))
        {
            throw new ValidationException([new FluentValidation.Results.ValidationFailure("ParentId", "The parent must be an existing Commission.")]);
        }

        Constituent constituent;
        if (command.Id is { } id)
        {
            constituent = await db.Constituents.SingleOrDefaultAsync(c => c.Id == id, cancellationToken)
                ?? throw new NotFoundException($"No constituent with id {id}.");
            // The version the editor saw: a change made meanwhile by someone else makes this save a 409.
            db.Entry(constituent).Property(c => c.Version).OriginalValue = command.Version ?? constituent.Version;
        }
        else
        {
            constituent = new Constituent { Id = Guid.CreateVersion7(), Name = command.Name, CreatedAt = now };
            db.Constituents.Add(constituent);
        }

        constituent.Type = type;
        constituent.Name = command.Name.Trim();
        constituent.Acronym = Blank(command.Acronym);
        constituent.CountryCode = Blank(command.CountryCode)?.ToUpperInvariant();
        constituent.Region = Blank(command.Region);
        constituent.MembershipCategory = Blank(command.MembershipCategory)?.ToUpperInvariant();
        constituent.PeriodStart = command.PeriodStart;
        constituent.PeriodEnd = command.PeriodEnd;
        constituent.ParentId = command.ParentId;
        constituent.DisplayNameOverride = null; // an edited constituent follows the standard format again
        constituent.UpdatedAt = now;
        await db.SaveChangesAsync(cancellationToken);
        return ConstituentQueries.ToItem(constituent);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

/// <summary>Archives (hidden from pickers, kept on past reports) or restores a constituent.</summary>
internal sealed record SetConstituentArchived(Guid Id, bool Archived) : ICommand;

internal sealed class SetConstituentArchivedHandler(ConstituenciesDbContext db, TimeProvider clock) : ICommandHandler<SetConstituentArchived>
{
    public async ValueTask<Unit> Handle(SetConstituentArchived command, CancellationToken cancellationToken)
    {
        var constituent = await db.Constituents.SingleOrDefaultAsync(c => c.Id == command.Id, cancellationToken)
            ?? throw new NotFoundException($"No constituent with id {command.Id}.");
        if (constituent.IsArchived != command.Archived)
        {
            constituent.IsArchived = command.Archived;
            constituent.UpdatedAt = clock.GetUtcNow().UtcDateTime;
            await db.SaveChangesAsync(cancellationToken);
        }

        return Unit.Value;
    }
}
