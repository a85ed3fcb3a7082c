using FluentValidation;
using FluentValidation.Results;
using ModularReports.Workflow.Data;
using ModularReports.Workflow.Definitions;
using ModularReports.Workflow.Features.Designer;

namespace ModularReports.Workflow.Features.Definitions;

/// <summary>
/// New review rules for a kind of report, named in English (the other languages start as the English name), as a copy
/// of existing rules of that kind or as a small draft to build on. Nothing applies them until they are published and
/// chosen. Answers the new rules' key.
/// </summary>
internal sealed record CreateDefinition(string? Name, string? DocumentKind, string? CopyOf) : ICommand<string>;

internal sealed class CreateDefinitionHandler(WorkflowDbContext db, IEnumerable<WorkflowDocumentKind> kinds, ICurrentUser currentUser, TimeProvider clock)
    : ICommandHandler<CreateDefinition, string>
{
    public async ValueTask<string> Handle(CreateDefinition command, CancellationToken cancellationToken)
    {
        var name = command.Name?.Trim() ?? string.Empty;
        var kind = command.DocumentKind ?? string.Empty;
        var failures = new List<ValidationFailure>();
        if (name.Length is 0 or > 200)
        {
            failures.Add(new ValidationFailure(nameof(command.Name), RuleText.Say("Create_Name")));
        }

        if (kinds.All(k => k.Kind != kind))
        {
            failures.Add(new ValidationFailure(nameof(command.DocumentKind), RuleText.Say("Assign_Kind")));
        }

        WorkflowDefinitionModel? copied = null;
        if (!string.IsNullOrEmpty(command.CopyOf))
        {
            var source = await db.Definitions.AsNoTracking().Where(d => d.Key == command.CopyOf).Select(d => d.DraftJson).SingleOrDefaultAsync(cancellationToken);
            copied = source is null ? null : DefinitionQueries.TryParse(source);
            if (copied is null || copied.DocumentKind != kind)
            {
                failures.Add(new ValidationFailure(nameof(command.CopyOf), RuleText.Say("Create_CopyOf")));
            }
        }

        if (failures.Count > 0)
        {
            throw new ValidationException(failures);
        }

        var key = await FreeKeyAsync(name, cancellationToken);
        var names = SupportedLanguages.All.ToDictionary(l => l, _ => name);
        var draft = (copied ?? Skeleton(kind)) with { Key = key, DocumentKind = kind, Name = names };
        db.Definitions.Add(new WorkflowDefinition
        {
            Id = Guid.CreateVersion7(), Key = key, DraftJson = DefaultDefinitions.Write(draft), DraftUpdatedAt = clock.GetUtcNow().UtcDateTime,
            DraftUpdatedBy = currentUser.Email,
        });
        await db.SaveChangesAsync(cancellationToken);
        return key;
    }

    /// <summary>The smallest rules that work: a draft the author submits, accepted at once. Admins build the review on it.</summary>
    private static WorkflowDefinitionModel Skeleton(string kind) => new()
    {
        Key = string.Empty,
        DocumentKind = kind,
        Name = new Dictionary<string, string>(),
        States =
        [
            new StateModel
            {
                Key = "draft", Initial = true, HiddenFromReviewers = true, EditableBy = [WorkflowActors.Author, WorkflowActors.AuthorsOrganisation],
                Labels = RuleText.InEachLanguage("Skeleton_Draft"),
            },
            new StateModel { Key = "accepted", Terminal = true, Labels = RuleText.InEachLanguage("Skeleton_Accepted") },
        ],
        Transitions =
        [
            new TransitionModel
            {
                Trigger = "submit", From = ["draft"], To = "accepted", AllowedActors = [WorkflowActors.Author, WorkflowActors.AuthorsOrganisation],
                KeepsSubmittedVersion = true, Primary = true, Labels = RuleText.InEachLanguage("Skeleton_Submit"),
            },
        ],
    };

    /// <summary>A key from the name ("Two-step review" becomes <c>two-step-review</c>), numbered when taken.</summary>
    private async Task<string> FreeKeyAsync(string name, CancellationToken cancellationToken)
    {
        // "assignments" is a word of the API's routes, not a free key.
        var words = Identifiers.CamelCase(name) is "assignments" ? "assignmentsReview" : Identifiers.CamelCase(name);
        var stem = string.Concat(words.Select(c => char.IsUpper(c) ? $"-{char.ToLowerInvariant(c)}" : c.ToString())) is { Length: > 0 } k ? k : "review-rules";
        var taken = await db.Definitions.AsNoTracking().Where(d => d.Key.StartsWith(stem)).Select(d => d.Key).ToListAsync(cancellationToken);
        var key = stem;
        for (var n = 2; taken.Contains(key); n++)
        {
            key = $"{stem}-{n.ToString(CultureInfo.InvariantCulture)}";
        }

        return key;
    }
}
