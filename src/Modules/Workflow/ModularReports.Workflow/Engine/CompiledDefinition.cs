using System.Runtime.CompilerServices;
using ModularReports.Workflow.Definitions;

namespace ModularReports.Workflow.Engine;

/// <summary>A transition with its conditions parsed once.</summary>
internal sealed record CompiledTransition(TransitionModel Model, (bool Negated, string Name, int? Argument)[] Conditions);

/// <summary>
/// A definition indexed for deciding: transitions by the state they leave, timers and notifications by state and
/// trigger. Built once per (immutable) definition object and kept alongside it.
/// </summary>
internal sealed class CompiledDefinition
{
    private static readonly ConditionalWeakTable<WorkflowDefinitionModel, CompiledDefinition> Compiled = new();

    private CompiledDefinition(WorkflowDefinitionModel definition)
    {
        Leaving = definition.States.ToDictionary(
            s => s.Key,
            s => definition.Transitions.Where(t => t.From.Contains(s.Key))
                .Select(t => new CompiledTransition(t, t.Conditions.Select(ConditionCatalogue.Parse).ToArray())).ToArray(),
            StringComparer.Ordinal);
        Timers = definition.States.ToDictionary(
            s => s.Key,
            s => definition.Timers.Select((timer, index) => (timer, index)).Where(x => x.timer.State == s.Key)
                .Select(x => new TimerPlan(x.index, x.timer, DefinitionValidator.ParseDuration(x.timer.After) ?? TimeSpan.Zero)).ToArray(),
            StringComparer.Ordinal);
        NotifyOnEnter = definition.States.ToDictionary(
            s => s.Key,
            s => definition.Notifications.Where(n => n.On == "enter" && n.State == s.Key).ToArray(),
            StringComparer.Ordinal);
        // Excluding earlier reviewers needs the module's answer to whether the actor decided, asked like a condition.
        ConditionsLeaving = Leaving.ToDictionary(
            l => l.Key,
            l => l.Value.SelectMany(t => t.Conditions).Select(c => (c.Name, c.Argument))
                .Concat(l.Value.Any(t => t.Model.ExcludedActors.Contains(WorkflowActors.EarlierReviewer)) ? [(ReviewDecisionConditions.ActorDecided, (int?)null)] : [])
                .Distinct().ToArray(),
            StringComparer.Ordinal);
        States = definition.States.ToDictionary(s => s.Key, StringComparer.Ordinal);
        NotifyOnTrigger = definition.Transitions.Select(t => t.Trigger).Distinct().ToDictionary(
            trigger => trigger,
            trigger => definition.Notifications.Where(n => n.On == "transition" && n.Trigger == trigger).ToArray(),
            StringComparer.Ordinal);
    }

    public IReadOnlyDictionary<string, CompiledTransition[]> Leaving { get; }

    public IReadOnlyDictionary<string, StateModel> States { get; }

    /// <summary>By state: the conditions the transitions leaving it ask, each once.</summary>
    private IReadOnlyDictionary<string, (string Name, int? Argument)[]> ConditionsLeaving { get; }

    public IReadOnlyDictionary<string, TimerPlan[]> Timers { get; }

    public IReadOnlyDictionary<string, NotificationModel[]> NotifyOnEnter { get; }

    public IReadOnlyDictionary<string, NotificationModel[]> NotifyOnTrigger { get; }

    public static CompiledDefinition For(WorkflowDefinitionModel definition) => Compiled.GetValue(definition, d => new CompiledDefinition(d));

    public CompiledTransition[] From(string state) => Leaving.TryGetValue(state, out var transitions) ? transitions : [];

    /// <summary>The conditions the transitions leaving <paramref name="state"/> ask.</summary>
    public (string Name, int? Argument)[] ConditionsFrom(string state) => ConditionsLeaving.TryGetValue(state, out var conditions) ? conditions : [];
}
