using ModularReports.BuildingBlocks.Mediation;
using ModularReports.Constituencies.Data;

namespace ModularReports.Constituencies.Features.SearchResolutions;

/// <summary>
/// The public catalogue: filter by congress, type and status, free text over code (either spelling) and titles, and
/// the status of implementation of the latest published progress report (<see cref="NotReported"/>: none yet);
/// <see cref="WithoutFocalPoint"/>: only the active resolutions nobody reviews yet (reports on them go to admins).
/// </summary>
internal sealed record SearchResolutions(
    string? Congress, string? Type, string? Status, string? Q, int Page = 1, int PageSize = 20, string? Implementation = null)
    : IQuery<ResolutionPage>
{
    public const string NotReported = "not-reported";

    /// <summary>Not bound from a request (the public API binds the others): only an admin's page asks it.</summary>
    public bool WithoutFocalPoint { get; private init; }

    public static SearchResolutions Unassigned(
        string? congress, string? type, string? status, string? q, int page = 1, int pageSize = 20, string? implementation = null) =>
        new(congress, type, status, q, page, pageSize, implementation) { WithoutFocalPoint = true };
}

internal sealed record ResolutionItem(
    Guid Id, string Code, string Congress, string Type, int Number, string Title, string? TitleFr, string? TitleEs, int? MotionNumber, string Status,
    string? Summary = null, string? DocumentUrl = null)
{
    /// <summary>The title in the language asked for when there is one, else the English title.</summary>
    public string TitleIn(string language) => language switch
    {
        "fr" when !string.IsNullOrWhiteSpace(TitleFr) => TitleFr,
        "es" when !string.IsNullOrWhiteSpace(TitleEs) => TitleEs,
        _ => Title,
    };
}

internal sealed record ResolutionPage(IReadOnlyList<ResolutionItem> Items, int Page, int PageSize, int Total);

internal sealed class SearchResolutionsValidator : AbstractValidator<SearchResolutions>
{
    public SearchResolutionsValidator(IImplementationStatuses statuses)
    {
        RuleFor(q => q.Implementation)
            .Must(s => s == SearchResolutions.NotReported || statuses.All().Any(t => t.Code == s)).When(q => !string.IsNullOrEmpty(q.Implementation))
            .WithMessage($"Use one of: {string.Join(", ", statuses.All().Select(t => t.Code).Append(SearchResolutions.NotReported))}.");
        RuleFor(q => q.Type).Must(t => t is null || Enum.TryParse<ResolutionKind>(t, ignoreCase: true, out _)).WithMessage("Use Resolution or Recommendation.");
        RuleFor(q => q.Status).Must(s => s is null || Enum.TryParse<ResolutionStatus>(s, ignoreCase: true, out _)).WithMessage("Use Active or Archived.");
        RuleFor(q => q.Q).MaximumLength(200);
        RuleFor(q => q.Congress).MaximumLength(20);
        RuleFor(q => q.Page).ValidPage();
        RuleFor(q => q.PageSize).InclusiveBetween(1, 100);
    }
}

internal sealed class SearchResolutionsHandler(ConstituenciesDbContext db, IResolutionImplementation implementation)
    : IQueryHandler<SearchResolutions, ResolutionPage>
{
    public async ValueTask<ResolutionPage> Handle(SearchResolutions query, CancellationToken cancellationToken)
    {
        var resolutions = db.Resolutions.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Congress))
        {
            var congress = query.Congress.Trim().Replace('-', ' ').ToUpperInvariant();
            resolutions = resolutions.Where(r => db.Congresses.Any(c => c.Id == r.CongressId && c.Code.ToUpper() == congress));
        }

        if (!string.IsNullOrWhiteSpace(query.Type))
        {
            var kind = Enum.Parse<ResolutionKind>(query.Type, ignoreCase: true);
            resolutions = resolutions.Where(r => r.Kind == kind);
        }

        if (!string.IsNullOrWhiteSpace(query.Status))
        {
            var status = Enum.Parse<ResolutionStatus>(query.Status, ignoreCase: true);
            resolutions = resolutions.Where(r => r.Status == status);
        }

        if (!string.IsNullOrEmpty(query.Implementation))
        {
            var notReported = query.Implementation == SearchResolutions.NotReported;
            var ids = await implementation.AtStatusAsync(notReported ? null : query.Implementation, cancellationToken);
            resolutions = notReported ? resolutions.Where(r => !ids.Contains(r.Id)) : resolutions.Where(r => ids.Contains(r.Id));
        }

        if (query.WithoutFocalPoint)
        {
            resolutions = resolutions.Where(r => r.Status == ResolutionStatus.Active && !db.FocalPoints.Any(f => f.ResolutionId == r.Id));
        }

        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            // "WCC-2020-Res-54" finds "WCC 2020 Res 054" too.
            var parsed = ResolutionCode.Parse(query.Q);
            var term = parsed is { } code ? ResolutionCode.Format(code.Congress, code.Kind, code.Number).ToUpperInvariant() : ResolutionCode.ForSearch(query.Q.Trim());
            resolutions = resolutions.Where(r => r.SearchText.Contains(term));
        }

        var total = await resolutions.CountAsync(cancellationToken);
        var items = await resolutions
            .OrderBy(r => r.Code)
            .Skip((query.Page - 1) * query.PageSize).Take(query.PageSize)
            .Join(db.Congresses, r => r.CongressId, c => c.Id, (r, c) => new ResolutionItem(
                r.Id, r.Code, c.Code, r.Kind.ToString(), r.Number, r.TitleEn, r.TitleFr, r.TitleEs, r.MotionNumber, r.Status.ToString()))
            .ToListAsync(cancellationToken);
        return new ResolutionPage(items, query.Page, query.PageSize, total);
    }
}

/// <summary>One resolution, with the congress it belongs to.</summary>
internal sealed record GetResolution(Guid Id) : IQuery<ResolutionItem>;

internal sealed class GetResolutionHandler(ConstituenciesDbContext db) : IQueryHandler<GetResolution, ResolutionItem>
{
    public async ValueTask<ResolutionItem> Handle(GetResolution query, CancellationToken cancellationToken) =>
        await db.Resolutions.AsNoTracking().Where(r => r.Id == query.Id)
            .Join(db.Congresses, r => r.CongressId, c => c.Id, (r, c) => new ResolutionItem(
                r.Id, r.Code, c.Code, r.Kind.ToString(), r.Number, r.TitleEn, r.TitleFr, r.TitleEs, r.MotionNumber, r.Status.ToString(), r.Summary, r.DocumentUrl))
            .SingleOrDefaultAsync(cancellationToken)
        ?? throw new NotFoundException($"No resolution with id {query.Id}.");
}

/// <summary>The congresses, newest first (for filters).</summary>
internal sealed record ListCongresses : IQuery<IReadOnlyList<CongressItem>>;

internal sealed record CongressItem(Guid Id, string Code, int Year, string? Place);

internal sealed class ListCongressesHandler(ConstituenciesDbContext db) : IQueryHandler<ListCongresses, IReadOnlyList<CongressItem>>
{
    public async ValueTask<IReadOnlyList<CongressItem>> Handle(ListCongresses query, CancellationToken cancellationToken) =>
        await db.Congresses.AsNoTracking().OrderByDescending(c => c.Year).Select(c => new CongressItem(c.Id, c.Code, c.Year, c.Place)).ToListAsync(cancellationToken);
}
