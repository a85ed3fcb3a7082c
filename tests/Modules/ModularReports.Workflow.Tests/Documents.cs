using ModularReports.Workflow.Contracts;
using ModularReports.Workflow.Engine;

namespace ModularReports.Workflow.Tests;

/// <summary>A document moved through a definition the way the owning module will: state, submitter and journal kept here.</summary>
internal sealed class Document(WorkflowDefinitionModel definition)
{
    public static readonly Guid Rafael = Guid.Parse("00000000-0000-0000-0000-00000000000a"); // reporter, author
    public static readonly Guid Rosa = Guid.Parse("00000000-0000-0000-0000-00000000000b"); // colleague, same organisation
    public static readonly Guid Fatou = Guid.Parse("00000000-0000-0000-0000-00000000000c"); // assigned focal point
    public static readonly Guid Omar = Guid.Parse("00000000-0000-0000-0000-00000000000d"); // focal point of another resolution
    public static readonly Guid Ada = Guid.Parse("00000000-0000-0000-0000-00000000000e"); // admin

    public string State { get; private set; } = definition.States.Single(s => s.Initial).Key;

    public Guid? Submitter { get; private set; }

    public bool RequiredFieldsComplete { get; set; } = true;

    public List<string> Journal { get; } = [];

    public FireResult Fire(Guid? actor, string trigger, string? comment = null)
    {
        var result = WorkflowEngine.Fire(definition, Context(actor), trigger, comment);
        if (result.Succeeded)
        {
            Journal.Add($"{State} -{trigger}-> {result.To}");
            State = result.To!;
            if (result.Transition!.KeepsSubmittedVersion)
            {
                Submitter = actor;
            }
        }

        return result;
    }

    public IReadOnlyList<string> Actions(Guid? actor) => WorkflowEngine.AvailableActions(definition, Context(actor)).Select(a => a.Transition.Trigger).ToList();

    public IReadOnlyList<BlockedAction> Blocked(Guid? actor) => WorkflowEngine.BlockedActions(definition, Context(actor));

    /// <summary>The relations the owning module would compute for each person of the story.</summary>
    private DocumentContext Context(Guid? actor)
    {
        var relations = new HashSet<string>();
        if (actor is null)
        {
            relations.Add(WorkflowActors.System);
        }
        else if (actor == Rafael)
        {
            relations.UnionWith([WorkflowActors.Author, WorkflowActors.AuthorsOrganisation]);
        }
        else if (actor == Rosa)
        {
            relations.Add(WorkflowActors.AuthorsOrganisation);
        }
        else if (actor == Fatou)
        {
            relations.UnionWith([WorkflowActors.AssignedFocalPoint, WorkflowActors.AnyFocalPoint]);
        }
        else if (actor == Omar)
        {
            relations.Add(WorkflowActors.AnyFocalPoint);
        }
        else if (actor == Ada)
        {
            relations.Add(WorkflowActors.Admin);
        }

        return new DocumentContext(State, actor, relations, Submitter, (name, _) => name switch
        {
            "requiredFieldsComplete" => RequiredFieldsComplete,
            _ => false,
        });
    }
}
