using ModularReports.Workflow.Contracts;
using ModularReports.Workflow.Definitions;
using Stateless;

namespace ModularReports.Workflow.Engine;

/// <summary>
/// Who is acting on which document, as the owning module knows it: the document's current state, the actor's
/// relations to it (<see cref="WorkflowActors"/>), who submitted it last, and how to evaluate a catalogue condition.
/// </summary>
internal sealed record DocumentContext(
    string State,
    Guid? ActorUserId,
    IReadOnlySet<string> ActorRelations,
    Guid? SubmitterUserId,
    Func<string, int?, bool> Condition);

internal sealed record AvailableAction(string Trigger, IReadOnlyDictionary<string, string> Labels, string To, bool CommentRequired);

internal enum FireOutcome
{
    Done,

    /// <summary>The actor may not fire this trigger (403).</summary>
    NotAllowed,

    /// <summary>The trigger does not apply in this state, or its conditions do not hold (409).</summary>
    NotAvailable,

    /// <summary>The transition needs a comment and none was given (400).</summary>
    CommentRequired,
}

/// <summary>A timer the owning module schedules when the document enters a state (and cancels when it leaves).</summary>
internal sealed record TimerPlan(int TimerIndex, TimerModel Timer, TimeSpan After);

internal sealed record FireResult(
    FireOutcome Outcome,
    string From,
    string? To,
    IReadOnlyList<string> NotifyActors,
    IReadOnlyList<TimerPlan> TimersToSchedule,
    bool CancelTimersOfPreviousState,
    IReadOnlyList<AvailableAction> Available)
{
    public bool Succeeded => Outcome == FireOutcome.Done;
}

/// <summary>
/// Decides with a Stateless machine built per call from the pinned definition: the document's state lives with the
/// document, so the machine holds nothing between calls.
/// </summary>
internal static class WorkflowEngine
{
    public static IReadOnlyList<AvailableAction> AvailableActions(WorkflowDefinitionModel definition, DocumentContext context)
    {
        var machine = Build(definition, context, actorMustBeAllowed: true);
        return definition.Transitions
            .Where(t => t.From.Contains(context.State) && machine.CanFire(t.Trigger) && Holds(t, context) && Allowed(t, context))
            .Select(t => new AvailableAction(t.Trigger, t.Labels, t.To, t.CommentRequired))
            .ToList();
    }

    public static FireResult Fire(WorkflowDefinitionModel definition, DocumentContext context, string trigger, string? comment)
    {
        var candidates = definition.Transitions.Where(t => t.Trigger == trigger && t.From.Contains(context.State)).ToList();
        FireResult Refuse(FireOutcome outcome) => new(outcome, context.State, null, [], [], false, AvailableActions(definition, context));

        if (candidates.Count == 0)
        {
            return Refuse(FireOutcome.NotAvailable);
        }

        if (!candidates.Any(t => Allowed(t, context)))
        {
            return Refuse(FireOutcome.NotAllowed);
        }

        var transition = candidates.FirstOrDefault(t => Allowed(t, context) && Holds(t, context));
        if (transition is null)
        {
            return Refuse(FireOutcome.NotAvailable);
        }

        if (transition.CommentRequired && string.IsNullOrWhiteSpace(comment))
        {
            return Refuse(FireOutcome.CommentRequired);
        }

        var state = context.State;
        var machine = Build(definition, context, actorMustBeAllowed: true, s => state = s);
        machine.Fire(trigger);

        var notify = definition.Notifications
            .Where(n => (n.On == "transition" && n.Trigger == trigger) || (n.On == "enter" && n.State == state))
            .SelectMany(n => n.Notify)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var timers = definition.Timers
            .Select((timer, index) => (timer, index))
            .Where(x => x.timer.State == state)
            .Select(x => new TimerPlan(x.index, x.timer, DefinitionValidator.ParseDuration(x.timer.After)!.Value))
            .ToList();
        var after = context with { State = state };
        return new FireResult(FireOutcome.Done, context.State, state, notify, timers, state != context.State || timers.Count > 0,
            AvailableActions(definition, after));
    }

    /// <summary>Whether the actor is among those allowed and not among those excluded (four eyes).</summary>
    public static bool Allowed(TransitionModel transition, DocumentContext context) =>
        transition.AllowedActors.Any(context.ActorRelations.Contains)
        && !transition.ExcludedActors.Any(excluded => excluded switch
        {
            WorkflowActors.Submitter => context.ActorUserId is not null && context.ActorUserId == context.SubmitterUserId,
            _ => context.ActorRelations.Contains(excluded),
        });

    private static bool Holds(TransitionModel transition, DocumentContext context) =>
        transition.Conditions.All(condition =>
        {
            var (negated, name, argument) = ConditionCatalogue.Parse(condition);
            return context.Condition(name, argument) != negated;
        });

    private static StateMachine<string, string> Build(
        WorkflowDefinitionModel definition, DocumentContext context, bool actorMustBeAllowed, Action<string>? setState = null)
    {
        var state = context.State;
        var machine = new StateMachine<string, string>(() => state, s =>
        {
            state = s;
            setState?.Invoke(s);
        });
        foreach (var transition in definition.Transitions)
        {
            foreach (var from in transition.From)
            {
                var configuration = machine.Configure(from);
                bool Guard() => (!actorMustBeAllowed || Allowed(transition, context)) && Holds(transition, context);
                if (from == transition.To)
                {
                    configuration.PermitReentryIf(transition.Trigger, Guard);
                }
                else
                {
                    configuration.PermitIf(transition.Trigger, transition.To, Guard);
                }
            }
        }

        return machine;
    }
}
