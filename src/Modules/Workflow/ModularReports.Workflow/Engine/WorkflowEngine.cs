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

internal sealed record AvailableAction(TransitionModel Transition);

/// <summary>A transition the actor is allowed to take whose conditions do not hold, and which of them.</summary>
internal sealed record BlockedAction(TransitionModel Transition, IReadOnlyList<WorkflowCondition> Unmet);

/// <summary>A timer the owning module schedules when the document enters a state (and cancels when it leaves).</summary>
internal sealed record TimerPlan(int TimerIndex, TimerModel Timer, TimeSpan After);

/// <summary>A notification rule's message and the actors it tells.</summary>
internal sealed record Notice(string Message, IReadOnlyList<string> Actors);

/// <summary>
/// The decision: the <paramref name="Transition"/> taken, or on a refusal what the actor may do instead
/// (<paramref name="Available"/>, for the 409).
/// </summary>
internal sealed record FireResult(
    WorkflowOutcome Outcome,
    string From,
    TransitionModel? Transition,
    IReadOnlyList<Notice> Notices,
    IReadOnlyList<TimerPlan> TimersToSchedule,
    bool CancelTimersOfPreviousState,
    IReadOnlyList<AvailableAction> Available,
    IReadOnlyList<WorkflowCondition>? Unmet = null)
{
    public bool Succeeded => Outcome == WorkflowOutcome.Done;

    public string? To => Transition?.To;
}

/// <summary>
/// Decides from the pinned definition, compiled once (<see cref="CompiledDefinition"/>). The document's state lives
/// with the document, so nothing is held between calls.
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
                available.Add(new AvailableAction(transition.Model));
            }
        }

        return available;
    }

    /// <summary>
    /// The triggers the actor is allowed but cannot fire yet, each once with the unmet conditions of its first
    /// transition; a trigger that one of its transitions makes available is not blocked.
    /// </summary>
    public static IReadOnlyList<BlockedAction> BlockedActions(WorkflowDefinitionModel definition, DocumentContext context)
    {
        var blocked = new List<BlockedAction>();
        var transitions = CompiledDefinition.For(definition).From(context.State);
        foreach (var transition in transitions)
        {
            if (!Allowed(transition.Model, context) || Holds(transition, context) || blocked.Any(b => b.Transition.Trigger == transition.Model.Trigger))
            {
                continue;
            }

            if (!transitions.Any(t => t.Model.Trigger == transition.Model.Trigger && Allowed(t.Model, context) && Holds(t, context)))
            {
                blocked.Add(new BlockedAction(transition.Model, Unmet(transition, context)));
            }
        }

        return blocked;
    }

    public static FireResult Fire(WorkflowDefinitionModel definition, DocumentContext context, string trigger, string? comment)
    {
        var compiled = CompiledDefinition.For(definition);
        CompiledTransition? chosen = null;
        CompiledTransition? firstAllowed = null;
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
            firstAllowed ??= transition;
            if (Holds(transition, context))
            {
                chosen = transition;
                break;
            }
        }

        FireResult Refuse(WorkflowOutcome outcome) => new(outcome, context.State, null, [], [], false, AvailableActions(definition, context));
        if (!anyCandidate)
        {
            return Refuse(WorkflowOutcome.NotAvailable);
        }

        if (!anyAllowed)
        {
            return Refuse(WorkflowOutcome.NotAllowed);
        }

        if (chosen is null)
        {
            return Refuse(WorkflowOutcome.NotAvailable) with { Unmet = Unmet(firstAllowed!, context) };
        }

        if (chosen.Model.CommentRequired && string.IsNullOrWhiteSpace(comment))
        {
            return Refuse(WorkflowOutcome.CommentRequired);
        }

        var to = chosen.Model.To;
        var timers = compiled.Timers.TryGetValue(to, out var plans) ? plans : [];
        return new FireResult(
            WorkflowOutcome.Done, context.State, chosen.Model, Notices(compiled, trigger, to), timers, to != context.State || timers.Length > 0, []);
    }

    /// <summary>The rules on the trigger, then those on entering the state; a person named by two rules gets the first one's message.</summary>
    private static IReadOnlyList<Notice> Notices(CompiledDefinition compiled, string trigger, string entered)
    {
        var rules = (compiled.NotifyOnTrigger.TryGetValue(trigger, out var t) ? t : []).Concat(compiled.NotifyOnEnter.TryGetValue(entered, out var e) ? e : []);
        var told = new HashSet<string>(StringComparer.Ordinal);
        var notices = new List<Notice>();
        foreach (var rule in rules)
        {
            var actors = rule.Notify.Where(told.Add).ToList();
            if (actors.Count > 0)
            {
                notices.Add(new Notice(rule.Message, actors));
            }
        }

        return notices;
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
            var applies = excluded switch
            {
                WorkflowActors.Submitter => context.ActorUserId is not null && context.ActorUserId == context.SubmitterUserId,
                WorkflowActors.EarlierReviewer => context.Condition(ReviewDecisionConditions.ActorDecided, null),
                _ => context.ActorRelations.Contains(excluded),
            };
            if (applies)
            {
                return false;
            }
        }

        return true;
    }

    private static IReadOnlyList<WorkflowCondition> Unmet(CompiledTransition transition, DocumentContext context) =>
        transition.Conditions.Where(c => context.Condition(c.Name, c.Argument) == c.Negated)
            .Select(c => new WorkflowCondition(c.Name, c.Argument, c.Negated)).ToList();

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
