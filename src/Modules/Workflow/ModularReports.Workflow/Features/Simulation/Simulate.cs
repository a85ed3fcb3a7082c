using ModularReports.Workflow.Data;
using ModularReports.Workflow.Definitions;
using ModularReports.Workflow.Engine;
using ModularReports.Workflow.Features.Definitions;

namespace ModularReports.Workflow.Features.Simulation;

/// <summary>An action a pretend person may take now, or could once the conditions listed in <paramref name="Unmet"/> hold.</summary>
internal sealed record SimulatedAction(string Trigger, string Label, string To, bool CommentRequired, IReadOnlyList<string> Unmet);

internal sealed record SimulatedPerson(string Person, string Name, IReadOnlyList<SimulatedAction> Available, IReadOnlyList<SimulatedAction> Blocked);

/// <summary>One step of the run, as it would have happened: <paramref name="Outcome"/> <c>done</c> or why it was refused.</summary>
internal sealed record SimulatedMove(
    string Person, string Trigger, string Outcome, string Text, IReadOnlyList<string> Told, IReadOnlyList<string> TimersStarted, bool TimersCancelled);

/// <summary>A condition the definition uses and whether it holds now; <paramref name="Counted"/> ones follow from the decisions made.</summary>
internal sealed record SimulatedCondition(string Name, string Label, bool Holds, bool Counted);

/// <summary>A timer running in the current state; one that moves the report on names the trigger the system takes.</summary>
internal sealed record SimulatedTimer(string Text, string? Trigger);

internal sealed record SimulationView(
    string Key, string Name, int? Version, int Problems, string State, string StateLabel, bool Final, IReadOnlyList<SimulatedMove> Moves,
    IReadOnlyList<SimulatedPerson> People, IReadOnlyList<SimulatedCondition> Conditions, IReadOnlyList<SimulatedTimer> Timers);

/// <summary>
/// Plays the draft (or a published <paramref name="Version"/>) on a pretend report: the steps so far, then who may do
/// what now. <paramref name="Answers"/> say whether the conditions not counted from decisions hold (the form complete).
/// </summary>
internal sealed record Simulate(string Key, int? Version, IReadOnlyList<SandboxStep> Steps, IReadOnlyDictionary<string, bool> Answers) : IQuery<SimulationView>;

internal sealed class SimulateHandler(WorkflowDbContext db, DraftCheck check, DefinitionCache cache, IEnumerable<WorkflowDocumentKind> kinds)
    : IQueryHandler<Simulate, SimulationView>
{
    /// <summary>More steps than any review takes: a bound on what one request replays.</summary>
    public const int MaxSteps = 200;

    public async ValueTask<SimulationView> Handle(Simulate query, CancellationToken cancellationToken)
    {
        Check(query.Steps);
        WorkflowDefinitionModel definition;
        if (query.Version is { } number)
        {
            if (!await db.Versions.AnyAsync(v => v.Key == query.Key && v.Number == number, cancellationToken))
            {
                throw new NotFoundException($"No version {number} of workflow '{query.Key}'.");
            }

            definition = await cache.GetAsync(query.Key, number, cancellationToken);
        }
        else
        {
            var details = await DefinitionDetailsLoader.LoadAsync(db, check, cache, query.Key, cancellationToken);
            if (details.DraftErrors.Count > 0)
            {
                return new SimulationView(query.Key, details.Name, null, details.DraftErrors.Count, string.Empty, string.Empty, false, [], [], [], []);
            }

            definition = DefaultDefinitions.Parse(details.DraftJson);
        }

        var run = Sandbox.Run(definition, query.Steps.Take(MaxSteps).ToList(), query.Answers);
        var kind = kinds.FirstOrDefault(k => k.Kind == definition.DocumentKind);
        var language = RuleText.Language;
        var state = definition.States.Single(s => s.Key == run.State);
        return new SimulationView(
            query.Key, LocalisedLabels.Pick(definition.Name, language, query.Key), query.Version, 0, state.Key, state.Label(language), state.Terminal,
            [.. run.Moves.Select(m => Move(definition, kind, m))],
            [.. Sandbox.People.Select(p => Person(definition, kind, run, p))],
            Conditions(definition, kind, run),
            [.. CompiledDefinition.For(definition).Timers.GetValueOrDefault(run.State, []).Select(t => Timer(definition, t.Timer))]);
    }

    /// <summary>Steps that cannot be played are refused, each at its place, rather than cut short.</summary>
    private static void Check(IReadOnlyList<SandboxStep> steps)
    {
        var failures = new List<FluentValidation.Results.ValidationFailure>();
        if (steps.Count > MaxSteps)
        {
            failures.Add(new("steps", RuleText.Say("Try_TooManySteps", MaxSteps)));
        }

        for (var i = 0; i < Math.Min(steps.Count, MaxSteps); i++)
        {
            if (steps[i] is not { } step || Sandbox.People.All(p => p.Key != step.Person))
            {
                failures.Add(new($"steps[{i}].person", RuleText.Say("Try_UnknownPerson", string.Join(", ", Sandbox.People.Select(p => p.Key)))));
            }
            else if (string.IsNullOrWhiteSpace(step.Trigger) || step.Trigger.Length > 100)
            {
                failures.Add(new($"steps[{i}].trigger", RuleText.Say("Try_Trigger")));
            }
        }

        if (failures.Count > 0)
        {
            throw new FluentValidation.ValidationException(failures);
        }
    }

    private static SimulatedPerson Person(WorkflowDefinitionModel definition, WorkflowDocumentKind? kind, SandboxRun run, SandboxPerson person)
    {
        var context = Sandbox.Context(run, person);
        return new SimulatedPerson(
            person.Key, RuleText.Say($"Person_{person.Key}"),
            [.. WorkflowEngine.AvailableActions(definition, context).Select(a => Action(definition, a.Transition, []))],
            [.. WorkflowEngine.BlockedActions(definition, context).Select(b => Action(definition, b.Transition, [.. b.Unmet.Select(c => RuleText.Condition(kind, c.Name, c.Argument, c.Negated))]))]);
    }

    private static SimulatedAction Action(WorkflowDefinitionModel definition, TransitionModel t, IReadOnlyList<string> unmet) =>
        new(t.Trigger, t.Label(RuleText.Language), definition.StateLabel(t.To, RuleText.Language), t.CommentRequired, unmet);

    private static SimulatedMove Move(WorkflowDefinitionModel definition, WorkflowDocumentKind? kind, SandboxMove move)
    {
        var language = RuleText.Language;
        var who = RuleText.Say($"Person_{move.Step.Person}");
        var label = definition.Transitions.FirstOrDefault(t => t.Trigger == move.Step.Trigger)?.Label(language) ?? move.Step.Trigger;
        var text = move.Outcome switch
        {
            WorkflowOutcome.Done => RuleText.Say("Try_Moved", who, label, definition.StateLabel(move.From, language), definition.StateLabel(move.Transition!.To, language)),
            WorkflowOutcome.NotAllowed => RuleText.Say("Try_NotAllowed", who, label),
            WorkflowOutcome.CommentRequired => RuleText.Say("Try_CommentRequired", label),
            _ when move.Unmet.Count > 0 => RuleText.Say("Try_NotYet", label, string.Join(", ", move.Unmet.Select(c => RuleText.Condition(kind, c.Name, c.Argument, c.Negated)))),
            _ => RuleText.Say("Try_NotNow", label, definition.StateLabel(move.From, language)),
        };
        return new SimulatedMove(
            move.Step.Person, move.Step.Trigger, System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(move.Outcome.ToString()), text,
            [.. move.Notices.Select(n => RuleText.Say("Try_Told", RuleText.Actors(n.Actors), RuleText.Message(n.Message)))],
            [.. move.TimersStarted.Select(t => Timer(definition, t.Timer).Text)], move.TimersCancelled);
    }

    private static SimulatedTimer Timer(WorkflowDefinitionModel definition, TimerModel timer)
    {
        var language = RuleText.Language;
        var what = timer.Action == "fire"
            ? RuleText.Say("Outline_Fire", definition.Transitions.FirstOrDefault(t => t.Trigger == timer.Trigger)?.Label(language) ?? timer.Trigger)
            : RuleText.Say("Outline_Remind", RuleText.Actors(timer.Actors));
        return new SimulatedTimer(RuleText.Say("Outline_Timer", RuleText.Duration(timer.After), what), timer.Action == "fire" ? timer.Trigger : null);
    }

    /// <summary>Each condition the definition uses, once, with whether it holds now.</summary>
    private static IReadOnlyList<SimulatedCondition> Conditions(WorkflowDefinitionModel definition, WorkflowDocumentKind? kind, SandboxRun run) =>
        definition.Transitions.SelectMany(t => t.Conditions).Select(ConditionCatalogue.Parse).Select(c => (c.Name, c.Argument)).Distinct()
            .Select(c => new SimulatedCondition(
                c.Name, RuleText.Condition(kind, c.Name, c.Argument, false), run.Condition(c.Name, c.Argument),
                c.Name is ReviewDecisionConditions.ApprovalsAtLeast or ReviewDecisionConditions.AllAssignedReviewersDecided))
            .ToList();
}
