namespace ModularReports.Workflow.Definitions;

/// <summary>The parts of a definition the designer adds and removes, one at a time.</summary>
internal enum DefinitionPart
{
    State,
    Transition,
    Timer,
    Notification,
}

/// <summary>
/// Adding and removing the parts of a definition. Removing a part removes what cannot stand without it (a transition
/// into a removed state, a timer in it, a notification about it) and says so in the admin's words first.
/// </summary>
internal static class DefinitionEdits
{
    public static WorkflowDefinitionModel Add(WorkflowDefinitionModel definition, DefinitionPart part) => part switch
    {
        DefinitionPart.State => definition with { States = [.. definition.States, new StateModel { Key = Fresh("state", definition.States.Select(s => s.Key)) }] },
        DefinitionPart.Transition => definition with
        {
            Transitions = [.. definition.Transitions, new TransitionModel { Trigger = Fresh("action", definition.Transitions.Select(t => t.Trigger)), To = string.Empty }],
        },
        DefinitionPart.Timer => definition with
        {
            Timers = [.. definition.Timers, new TimerModel { State = string.Empty, After = "P7D", Action = "remind", Actors = [WorkflowActors.AssignedFocalPoint] }],
        },
        DefinitionPart.Notification => definition with
        {
            Notifications = [.. definition.Notifications, new NotificationModel { On = "enter", Message = WorkflowMessages.Moved }],
        },
        _ => throw new ArgumentOutOfRangeException(nameof(part)),
    };

    /// <summary>How many parts of this kind the definition has: the indexes the designer may name.</summary>
    public static int Count(WorkflowDefinitionModel definition, DefinitionPart part) => part switch
    {
        DefinitionPart.State => definition.States.Count,
        DefinitionPart.Transition => definition.Transitions.Count,
        DefinitionPart.Timer => definition.Timers.Count,
        _ => definition.Notifications.Count,
    };

    /// <summary>What else removing the part takes with it, in the admin's language; empty when nothing refers to it.</summary>
    public static IReadOnlyList<string> Consequences(WorkflowDefinitionModel definition, DefinitionPart part, int index) =>
        Remove(definition, part, index).Consequences;

    public static (WorkflowDefinitionModel Definition, IReadOnlyList<string> Consequences) Remove(WorkflowDefinitionModel definition, DefinitionPart part, int index)
    {
        var consequences = new List<string>();
        var language = RuleText.Language;
        if (index < 0 || index >= Count(definition, part))
        {
            return (definition, []);
        }

        var states = definition.States.ToList();
        var transitions = new List<TransitionModel>();
        var timers = new List<TimerModel>();
        var notifications = new List<NotificationModel>();

        var removedState = part == DefinitionPart.State ? states[index].Key : null;
        if (removedState is not null)
        {
            states.RemoveAt(index);
        }

        for (var i = 0; i < definition.Transitions.Count; i++)
        {
            var t = definition.Transitions[i];
            if (part == DefinitionPart.Transition && i == index)
            {
                continue;
            }

            if (removedState is not null && (t.To == removedState || t.From.SequenceEqual([removedState])))
            {
                consequences.Add(RuleText.Say("Remove_TransitionGoes", t.Label(language)));
                continue;
            }

            if (removedState is not null && t.From.Contains(removedState))
            {
                consequences.Add(RuleText.Say("Remove_TransitionLeaves", t.Label(language)));
                t = t with { From = [.. t.From.Where(f => f != removedState)] };
            }

            transitions.Add(t);
        }

        // What referred to a part that is gone goes with it: a timer in a removed state or firing a removed transition,
        // a notification about either.
        for (var i = 0; i < definition.Timers.Count; i++)
        {
            var timer = definition.Timers[i];
            if (part == DefinitionPart.Timer && i == index)
            {
                continue;
            }

            if (timer.State == removedState || (timer.Action == "fire" && DefinitionValidator.SystemMayFire(definition.Transitions, timer) && !DefinitionValidator.SystemMayFire(transitions, timer)))
            {
                consequences.Add(RuleText.Say("Remove_Timer", definition.StateLabel(timer.State, language)));
                continue;
            }

            timers.Add(timer);
        }

        for (var i = 0; i < definition.Notifications.Count; i++)
        {
            var n = definition.Notifications[i];
            if (part == DefinitionPart.Notification && i == index)
            {
                continue;
            }

            var triggerGone = n.On == "transition" && definition.Transitions.Any(x => x.Trigger == n.Trigger) && !transitions.Any(x => x.Trigger == n.Trigger);
            if ((n.On == "enter" && n.State is not null && n.State == removedState) || triggerGone)
            {
                var name = n.On == "enter" ? definition.StateLabel(n.State, language) : definition.Transitions.First(x => x.Trigger == n.Trigger).Label(language);
                consequences.Add(RuleText.Say("Remove_Notification", name));
                continue;
            }

            notifications.Add(n);
        }

        return (definition with { States = states, Transitions = transitions, Timers = timers, Notifications = notifications }, consequences);
    }

    private static string Fresh(string stem, IEnumerable<string> taken)
    {
        var used = taken.ToHashSet(StringComparer.Ordinal);
        var n = 1;
        while (used.Contains($"{stem}{n.ToString(CultureInfo.InvariantCulture)}"))
        {
            n++;
        }

        return $"{stem}{n.ToString(CultureInfo.InvariantCulture)}";
    }
}
