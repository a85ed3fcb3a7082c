using System.Text.Json;
using FluentValidation.Results;
using ModularReports.Workflow.Data;
using ModularReports.Workflow.Definitions;

namespace ModularReports.Workflow.Features.Definitions;

/// <summary>A definition in the list: <paramref name="DocumentKind"/> is its draft's (empty when the draft cannot be read).</summary>
internal sealed record DefinitionSummary(string Key, string Name, string DocumentKind, int CurrentVersion, bool DraftDiffers, DateTime DraftUpdatedAt);

internal sealed record VersionSummary(int Number, DateTime PublishedAt, string PublishedBy);

internal sealed record DefinitionDetails(
    string Key, string Name, string DraftJson, IReadOnlyList<DefinitionError> DraftErrors, int CurrentVersion,
    IReadOnlyList<VersionSummary> Versions, int Version, DateTime DraftUpdatedAt, string? DraftUpdatedBy);

internal sealed record ListDefinitions : IQuery<IReadOnlyList<DefinitionSummary>>;

internal sealed record GetDefinition(string Key) : IQuery<DefinitionDetails>;

/// <summary>Saves the draft as typed, valid or not, and says what is wrong with it.</summary>
internal sealed record SaveDraft(string Key, string Json, int? Version) : ICommand<DefinitionDetails>;

/// <summary>
/// Turns a valid draft into the next immutable version, which new documents start on. With <paramref name="Version"/>
/// (the draft's version the admin read), a draft saved since is refused: what goes live is what was seen.
/// </summary>
internal sealed record PublishDraft(string Key, int? Version = null) : ICommand<int>;

internal sealed record GetVersion(string Key, int Number) : IQuery<string>;

/// <summary>What is wrong with a draft as it is being edited, without saving it.</summary>
internal sealed record CheckDraft(string Key, WorkflowDefinitionModel Draft) : IQuery<IReadOnlyList<DefinitionError>>;

internal sealed class DefinitionQueries(WorkflowDbContext db, DraftCheck check, DefinitionCache cache)
    : IQueryHandler<ListDefinitions, IReadOnlyList<DefinitionSummary>>, IQueryHandler<GetDefinition, DefinitionDetails>, IQueryHandler<GetVersion, string>,
        IQueryHandler<CheckDraft, IReadOnlyList<DefinitionError>>
{
    public async ValueTask<IReadOnlyList<DefinitionError>> Handle(CheckDraft query, CancellationToken cancellationToken)
    {
        var current = await db.Definitions.AsNoTracking().Where(d => d.Key == query.Key).Select(d => (int?)d.CurrentVersion).SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException($"No workflow '{query.Key}'.");
        return check.Errors(query.Key, query.Draft, await DraftCheck.PublishedKindAsync(cache, query.Key, current, cancellationToken));
    }

    public async ValueTask<IReadOnlyList<DefinitionSummary>> Handle(ListDefinitions query, CancellationToken cancellationToken)
    {
        var definitions = await db.Definitions.AsNoTracking().OrderBy(d => d.Key).ToListAsync(cancellationToken);
        var current = await db.Versions.AsNoTracking()
            .Where(v => db.Definitions.Any(d => d.Id == v.DefinitionId && d.CurrentVersion == v.Number))
            .ToDictionaryAsync(v => v.Key, v => v.Json, cancellationToken);
        return definitions.Select(d => (d, Draft: TryParse(d.DraftJson))).Select(x => new DefinitionSummary(
            x.d.Key, x.Draft is null ? x.d.Key : LocalisedLabels.Pick(x.Draft.Name, RuleText.Language, x.d.Key), x.Draft?.DocumentKind ?? string.Empty,
            x.d.CurrentVersion, current.GetValueOrDefault(x.d.Key) != x.d.DraftJson, x.d.DraftUpdatedAt)).ToList();
    }

    public async ValueTask<DefinitionDetails> Handle(GetDefinition query, CancellationToken cancellationToken) =>
        await DefinitionDetailsLoader.LoadAsync(db, check, cache, query.Key, cancellationToken);

    public async ValueTask<string> Handle(GetVersion query, CancellationToken cancellationToken) =>
        await db.Versions.AsNoTracking().Where(v => v.Key == query.Key && v.Number == query.Number).Select(v => v.Json).SingleOrDefaultAsync(cancellationToken)
        ?? throw new NotFoundException($"No version {query.Number} of workflow '{query.Key}'.");

    internal static string NameOf(string json, string fallback) =>
        TryParse(json) is { } draft ? LocalisedLabels.Pick(draft.Name, RuleText.Language, fallback) : fallback;

    /// <summary>A draft as the engine reads it, or null while its JSON cannot be read.</summary>
    internal static WorkflowDefinitionModel? TryParse(string json)
    {
        try
        {
            return DefaultDefinitions.Parse(json);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

internal static class DefinitionDetailsLoader
{
    public static async Task<DefinitionDetails> LoadAsync(WorkflowDbContext db, DraftCheck check, DefinitionCache cache, string key, CancellationToken cancellationToken)
    {
        var definition = await db.Definitions.AsNoTracking().SingleOrDefaultAsync(d => d.Key == key, cancellationToken)
            ?? throw new NotFoundException($"No workflow '{key}'.");
        var versions = await db.Versions.AsNoTracking().Where(v => v.DefinitionId == definition.Id).OrderByDescending(v => v.Number)
            .Select(v => new VersionSummary(v.Number, v.PublishedAt, v.PublishedBy)).ToListAsync(cancellationToken);
        return new DefinitionDetails(
            definition.Key, DefinitionQueries.NameOf(definition.DraftJson, definition.Key), definition.DraftJson,
            await check.ErrorsAsync(definition, cache, cancellationToken), definition.CurrentVersion, versions, definition.Version,
            definition.DraftUpdatedAt, definition.DraftUpdatedBy);
    }
}

/// <summary>
/// Parses and validates a draft against the document kinds the modules declare: a JSON syntax error is reported at
/// its line, like any other problem.
/// </summary>
internal sealed class DraftCheck(IEnumerable<WorkflowDocumentKind> kinds)
{
    private readonly IReadOnlyList<WorkflowDocumentKind> kinds = kinds.ToList();

    /// <summary>A stored definition's draft, against the document kind its published versions already have.</summary>
    public async Task<IReadOnlyList<DefinitionError>> ErrorsAsync(WorkflowDefinition definition, DefinitionCache cache, CancellationToken cancellationToken)
    {
        return Errors(definition.Key, definition.DraftJson, await PublishedKindAsync(cache, definition.Key, definition.CurrentVersion, cancellationToken));
    }

    /// <summary>The document kind running documents depend on: that of the current version, none before the first.</summary>
    public static async Task<string?> PublishedKindAsync(DefinitionCache cache, string key, int currentVersion, CancellationToken cancellationToken) =>
        currentVersion > 0 ? (await cache.GetAsync(key, currentVersion, cancellationToken)).DocumentKind : null;

    /// <param name="publishedKind">The document kind of the versions already published: running documents depend on it.</param>
    public IReadOnlyList<DefinitionError> Errors(string key, string json, string? publishedKind = null)
    {
        WorkflowDefinitionModel model;
        try
        {
            model = DefaultDefinitions.Parse(json);
        }
        catch (JsonException ex) when (ex.Message.Contains("could not be mapped", StringComparison.Ordinal) && ex.Path is { } path)
        {
            // Well-formed JSON with a property the definition does not have: say so in the definition's words.
            var name = path[(path.LastIndexOf('.') + 1)..];
            return [new DefinitionError(path, RuleText.Say("Rule_UnknownProperty", name, ex.LineNumber + 1))];
        }
        catch (JsonException ex)
        {
            return [new DefinitionError(ex.Path ?? "$", RuleText.Say("Rule_NotJson", ex.LineNumber + 1, ex.Message.Split(" Path:")[0]))];
        }

        return Errors(key, model, publishedKind);
    }

    public IReadOnlyList<DefinitionError> Errors(string key, WorkflowDefinitionModel model, string? publishedKind)
    {
        var errors = DefinitionValidator.Validate(model, kinds).ToList();
        if (model.Key != key)
        {
            errors.Insert(0, new DefinitionError("$.key", RuleText.Say("Rule_KeyStays", key)));
        }

        if (publishedKind is not null && model.DocumentKind != publishedKind)
        {
            errors.Insert(0, new DefinitionError("$.documentKind", RuleText.Say("Rule_KindStays", kinds.FirstOrDefault(k => k.Kind == publishedKind) is { } kind ? RuleText.Kind(kind) : publishedKind)));
        }

        return errors;
    }
}

internal sealed class SaveDraftHandler(WorkflowDbContext db, DraftCheck check, DefinitionCache cache, ICurrentUser currentUser, TimeProvider clock) : ICommandHandler<SaveDraft, DefinitionDetails>
{
    /// <summary>Far above a definition of a hundred states; a bound on what one request stores.</summary>
    public const int MaxLength = 200_000;

    public async ValueTask<DefinitionDetails> Handle(SaveDraft command, CancellationToken cancellationToken)
    {
        var definition = await db.Definitions.SingleOrDefaultAsync(d => d.Key == command.Key, cancellationToken)
            ?? throw new NotFoundException($"No workflow '{command.Key}'.");
        if (command.Json.Length > MaxLength)
        {
            throw new FluentValidation.ValidationException([new ValidationFailure("Json", RuleText.Say("Rule_TooLong", MaxLength))]);
        }

        // Two admins editing the same draft: the second save is refused (409) rather than silently overwriting.
        db.Entry(definition).Property(d => d.Version).OriginalValue = command.Version ?? definition.Version;
        definition.DraftJson = command.Json;
        definition.DraftUpdatedAt = clock.GetUtcNow().UtcDateTime;
        definition.DraftUpdatedBy = currentUser.Email;
        await db.SaveChangesAsync(cancellationToken);
        return await DefinitionDetailsLoader.LoadAsync(db, check, cache, command.Key, cancellationToken);
    }
}

internal sealed class PublishDraftHandler(WorkflowDbContext db, DraftCheck check, DefinitionCache cache, ICurrentUser currentUser, TimeProvider clock) : ICommandHandler<PublishDraft, int>
{
    public async ValueTask<int> Handle(PublishDraft command, CancellationToken cancellationToken)
    {
        var definition = await db.Definitions.SingleOrDefaultAsync(d => d.Key == command.Key, cancellationToken)
            ?? throw new NotFoundException($"No workflow '{command.Key}'.");
        if (command.Version is { } seen && seen != definition.Version)
        {
            throw new ConflictException(RuleText.Say("Publish_StaleTitle"), RuleText.Say("Publish_Stale"));
        }

        var errors = await check.ErrorsAsync(definition, cache, cancellationToken);
        if (errors.Count > 0)
        {
            throw new FluentValidation.ValidationException(errors.Select(e => new ValidationFailure(e.Path, e.Message)));
        }

        return await Publisher.PublishAsync(db, definition, currentUser.Email ?? "system", clock, cancellationToken);
    }
}

internal static class Publisher
{
    public static async Task<int> PublishAsync(WorkflowDbContext db, WorkflowDefinition definition, string by, TimeProvider clock, CancellationToken cancellationToken)
    {
        var number = definition.CurrentVersion + 1;
        db.Versions.Add(new WorkflowDefinitionVersion
        {
            Id = Guid.CreateVersion7(), DefinitionId = definition.Id, Key = definition.Key, Number = number, Json = definition.DraftJson,
            PublishedAt = clock.GetUtcNow().UtcDateTime, PublishedBy = by,
        });
        definition.CurrentVersion = number;
        await db.SaveChangesAsync(cancellationToken);
        return number;
    }
}
