using FluentValidation;
using FluentValidation.Results;
using ModularReports.Constituencies.Contracts;
using ModularReports.Workflow.Data;
using ModularReports.Workflow.Definitions;
using ModularReports.Workflow.Features.Definitions;

namespace ModularReports.Workflow.Features.Assignments;

/// <summary>Which rules apply to what: a kind of report, for a Congress and kind of text or any ("" for any).</summary>
internal sealed record AssignmentView(Guid Id, string DocumentKind, string Congress, string TextKind, string DefinitionKey, string DefinitionName, bool IsDefault);

internal sealed record ListAssignments : IQuery<IReadOnlyList<AssignmentView>>;

/// <summary>
/// Chooses the rules new reports of a kind start on, for a Congress and a kind of text (Resolution or Recommendation),
/// either left empty for any; the same choice made again replaces the rules chosen before. Reports already started keep
/// theirs.
/// </summary>
internal sealed record AssignDefinition(string? DocumentKind, string? Congress, string? TextKind, string? DefinitionKey) : ICommand<AssignmentView>;

/// <summary>Removes a choice for a Congress or kind of text: those reports then follow the next more general choice.</summary>
internal sealed record RemoveAssignment(Guid Id) : ICommand;

internal static class TextKinds
{
    public const string Resolution = "Resolution";
    public const string Recommendation = "Recommendation";

    public static IReadOnlyList<string> All { get; } = [Resolution, Recommendation];
}

internal sealed class AssignmentHandlers(
    WorkflowDbContext db, DefinitionCache cache, IEnumerable<WorkflowDocumentKind> kinds, IResolutionCatalog catalog, ICurrentUser currentUser,
    TimeProvider clock)
    : IQueryHandler<ListAssignments, IReadOnlyList<AssignmentView>>, ICommandHandler<AssignDefinition, AssignmentView>, ICommandHandler<RemoveAssignment>
{
    public async ValueTask<IReadOnlyList<AssignmentView>> Handle(ListAssignments query, CancellationToken cancellationToken)
    {
        var assignments = await db.Assignments.AsNoTracking().ToListAsync(cancellationToken);
        var names = await db.Definitions.AsNoTracking().ToDictionaryAsync(d => d.Key, d => d.DraftJson, cancellationToken);
        return assignments
            .OrderBy(a => a.DocumentKind, StringComparer.Ordinal).ThenBy(a => a.Specificity).ThenBy(a => a.Congress, StringComparer.Ordinal).ThenBy(a => a.TextKind, StringComparer.Ordinal)
            .Select(a => View(a, names.TryGetValue(a.DefinitionKey, out var json) ? DefinitionQueries.NameOf(json, a.DefinitionKey) : a.DefinitionKey))
            .ToList();
    }

    public async ValueTask<AssignmentView> Handle(AssignDefinition command, CancellationToken cancellationToken)
    {
        var (kind, congress, textKind) = (command.DocumentKind ?? string.Empty, command.Congress?.Trim() ?? string.Empty, command.TextKind ?? string.Empty);
        var failures = new List<ValidationFailure>();
        if (kinds.All(k => k.Kind != kind))
        {
            failures.Add(new ValidationFailure(nameof(command.DocumentKind), RuleText.Say("Assign_Kind")));
        }

        if (textKind.Length > 0 && !TextKinds.All.Contains(textKind))
        {
            failures.Add(new ValidationFailure(nameof(command.TextKind), RuleText.Say("Assign_TextKind")));
        }

        if (congress.Length > 0 && !(await catalog.AllAsync("en", cancellationToken)).Any(r => r.Congress == congress))
        {
            failures.Add(new ValidationFailure(nameof(command.Congress), RuleText.Say("Assign_Congress")));
        }

        var definition = await db.Definitions.AsNoTracking().SingleOrDefaultAsync(d => d.Key == command.DefinitionKey, cancellationToken);
        if (definition is null)
        {
            failures.Add(new ValidationFailure(nameof(command.DefinitionKey), RuleText.Say("Assign_Definition")));
        }
        else if (definition.CurrentVersion == 0)
        {
            failures.Add(new ValidationFailure(nameof(command.DefinitionKey), RuleText.Say("Assign_Unpublished")));
        }
        else if ((await cache.GetAsync(definition.Key, definition.CurrentVersion, cancellationToken)).DocumentKind != kind)
        {
            failures.Add(new ValidationFailure(nameof(command.DefinitionKey), RuleText.Say("Assign_OtherKind")));
        }

        if (failures.Count > 0)
        {
            throw new ValidationException(failures);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var assignment = await db.Assignments.SingleOrDefaultAsync(a => a.DocumentKind == kind && a.Congress == congress && a.TextKind == textKind, cancellationToken);
        if (assignment is null)
        {
            assignment = new DefinitionAssignment { Id = Guid.CreateVersion7(), DocumentKind = kind, Congress = congress, TextKind = textKind, DefinitionKey = definition!.Key };
            db.Assignments.Add(assignment);
        }

        assignment.DefinitionKey = definition!.Key;
        assignment.UpdatedAt = now;
        assignment.UpdatedBy = currentUser.Email;
        await db.SaveChangesAsync(cancellationToken);
        return View(assignment, DefinitionQueries.NameOf(definition.DraftJson, definition.Key));
    }

    public async ValueTask<Unit> Handle(RemoveAssignment command, CancellationToken cancellationToken)
    {
        var assignment = await db.Assignments.SingleOrDefaultAsync(a => a.Id == command.Id, cancellationToken)
            ?? throw new NotFoundException(RuleText.Say("Assign_NotFound"));
        if (assignment.IsDefault)
        {
            throw new ConflictException(RuleText.Say("Assign_DefaultTitle"), RuleText.Say("Assign_DefaultStays"));
        }

        db.Assignments.Remove(assignment);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }

    private static AssignmentView View(DefinitionAssignment a, string name) =>
        new(a.Id, a.DocumentKind, a.Congress, a.TextKind, a.DefinitionKey, name, a.IsDefault);
}
