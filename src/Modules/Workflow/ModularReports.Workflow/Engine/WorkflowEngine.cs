using ModularReports.Workflow.Contracts;
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

/// <summary>
/// The decision. On a refusal, <paramref name="Available"/> lists what the actor may do instead (for the 409).
/// </summary>
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
/// Decides from the pinned definition, compiled once (<see cref="CompiledDefinition"/>); a Stateless machine built per
/// call for the document's current state performs the transition. The document's state lives with the document,
/// so nothing is held between calls.
/// </summary>
internal static class WorkflowEngine
{
    public static IReadOnlyList<AvailableAction> AvailableActions(WorkflowDefinitionModel definition, DocumentContext context)
    {
        var available = new List<AvailableAction>();
        foreach (var transition in CompiledDefinition.For(definition).From(context.State))
        {
            if (Allowed(transition.Model, context) && Holds(transition, context))
            {
                available.Add(new AvailableAction(transition.Model.Trigger, transition.Model.Labels, transition.Model.To, transition.Model.CommentRequired));
            }
        }

        return available;
    }

    public static FireResult Fire(WorkflowDefinitionModel definition, DocumentContext context, string trigger, string? comment)
    {
        var compiled = CompiledDefinition.For(definition);
        CompiledTransition? chosen = null;
        var anyCandidate = false;
        var anyAllowed = false;
        foreach (var transition in compiled.From(context.State))
        {
            if (transition.Model.Trigger != trigger)
            {
                continue;
            }

            anyCandidate = true;
            if (!Allowed(transition.Model, context))
            {
                continue;
            }

            anyAllowed = true;
            if (Holds(transition, context))
            {
                chosen = transition;
                break;
            }
        }

        FireResult Refuse(FireOutcome outcome) => new(outcome, context.State, null, [], [], false, AvailableActions(definition, context));
        if (!anyCandidate)
        {
            return Refuse(FireOutcome.NotAvailable);
        }

        if (!anyAllowed)
        {
            return Refuse(FireOutcome.NotAllowed);
        }

        if (chosen is null)
        {
            return Refuse(FireOutcome.NotAvailable);
        }

        if (chosen.Model.CommentRequired && string.IsNullOrWhiteSpace(comment))
        {
            return Refuse(FireOutcome.CommentRequired);
        }

        var state = context.State;
        var machine = new StateMachine<string, string>(() => state, s => state = s);
        if (chosen.Model.To == state)
        {
            machine.Configure(state).PermitReentry(trigger);
        }
        else
        {
            machine.Configure(state).Permit(trigger, chosen.Model.To);
        }

        machine.Fire(trigger);

        var onTrigger = compiled.NotifyOnTrigger.TryGetValue(trigger, out var t) ? t : [];
        var onEnter = compiled.NotifyOnEnter.TryGetValue(state, out var e) ? e : [];
        var notify = onTrigger.Length + onEnter.Length == 0 ? [] : onTrigger.Concat(onEnter).Distinct(StringComparer.Ordinal).ToArray();
        var timers = compiled.Timers.TryGetValue(state, out var plans) ? plans : [];
        return new FireResult(FireOutcome.Done, context.State, state, notify, timers, state != context.State || timers.Length > 0, []);
    }

    /// <summary>Whether the actor is among those allowed and not among those excluded (four eyes).</summary>
    public static bool Allowed(TransitionModel transition, DocumentContext context)
    {
        var allowed = false;
        foreach (var actor in transition.AllowedActors)
        {
            if (context.ActorRelations.Contains(actor))
            {
                allowed = true;
                break;
            }
        }

        if (!allowed)
        {
            return false;
        }

        foreach (var excluded in transition.ExcludedActors)
        {
            var applies = excluded == WorkflowActors.Submitter
                ? context.ActorUserId is not null && context.ActorUserId == context.SubmitterUserId
                : context.ActorRelations.Contains(excluded);
            if (applies)
            {
                return false;
            }
        }

        return true;
    }

    private static bool Holds(CompiledTransition transition, DocumentContext context)
    {
        foreach (var (negated, name, argument) in transition.Conditions)
        {
            if (context.Condition(name, argument) == negated)
            {
                return false;
            }
        }

        return true;
    }
}
