using System.Text.RegularExpressions;
using System.Xml;

namespace ModularReports.Workflow.Definitions;

/// <summary>A problem in a definition, in the reader's language, at a JSON path such as <c>$.transitions[2].to</c>.</summary>
internal sealed record DefinitionError(string Path, string Message)
{
    public override string ToString() => $"{Path}: {Message}";
}

/// <summary>
/// Checks a definition before it is saved or published: every reference resolves, every state can be reached and
/// can reach an end, no trigger is ambiguous, actors, messages and decisions are known, the conditions are those the
/// document kind implements, and every label exists in the three languages.
/// </summary>
internal static partial class DefinitionValidator
{
    public static IReadOnlyList<DefinitionError> Validate(WorkflowDefinitionModel definition, IReadOnlyList<WorkflowDocumentKind> kinds)
    {
        var errors = new List<DefinitionError>();
        void Error(string path, string message) => errors.Add(new DefinitionError(path, message));

        if (string.IsNullOrWhiteSpace(definition.Key) || !KeyPattern().IsMatch(definition.Key))
        {
            Error("$.key", RuleText.Say("Rule_Key"));
        }

        var kind = kinds.FirstOrDefault(k => k.Kind == definition.DocumentKind);
        if (kind is null)
        {
            Error("$.documentKind", RuleText.Say("Rule_DocumentKind", string.Join(", ", kinds.Select(RuleText.Kind))));
        }

        var conditions = kind is null ? null : new ConditionCatalogue(kind);

        CheckLabels("$.name", definition.Name, Error);
        var states = definition.States.Select(s => s.Key).ToList();
        if (states.Count == 0)
        {
            Error("$.states", RuleText.Say("Rule_NoStates"));
        }

        for (var i = 0; i < definition.States.Count; i++)
        {
            var state = definition.States[i];
            var path = $"$.states[{i}]";
            if (string.IsNullOrWhiteSpace(state.Key) || !StateKeyPattern().IsMatch(state.Key))
            {
                Error($"{path}.key", RuleText.Say("Rule_Identifier"));
            }
            else if (states.IndexOf(state.Key) != i)
            {
                Error($"{path}.key", RuleText.Say("Rule_StateTwice", state.Key));
            }

            CheckLabels($"{path}.labels", state.Labels, Error);
            CheckActors($"{path}.editableBy", state.EditableBy, WorkflowActors.People, Error);
            if (state.DueAfter is { } due && (state.Terminal || ParseDuration(due) is not { } after || after <= TimeSpan.Zero || after > MaxTimer))
            {
                Error($"{path}.dueAfter", RuleText.Say(state.Terminal ? "Rule_DueFinal" : "Rule_TimerDuration"));
            }

            if (state is { HiddenFromReviewers: true, CountsForConsolidation: true })
            {
                // Consolidating would copy into the progress report what its focal points may not read.
                Error($"{path}.countsForConsolidation", RuleText.Say("Rule_HiddenConsolidates"));
            }
        }

        var initial = definition.States.Where(s => s.Initial).ToList();
        if (initial.Count != 1)
        {
            Error("$.states", RuleText.Say("Rule_InitialCount", initial.Count));
        }

        if (!definition.States.Any(s => s.Terminal))
        {
            Error("$.states", RuleText.Say("Rule_NoTerminal"));
        }

        for (var i = 0; i < definition.Transitions.Count; i++)
        {
            var transition = definition.Transitions[i];
            var path = $"$.transitions[{i}]";
            if (string.IsNullOrWhiteSpace(transition.Trigger) || !StateKeyPattern().IsMatch(transition.Trigger))
            {
                Error($"{path}.trigger", RuleText.Say("Rule_Identifier"));
            }
            else if (JournalWords.All.Contains(transition.Trigger))
            {
                Error($"{path}.trigger", RuleText.Say("Rule_ReservedTrigger", transition.Trigger));
            }

            CheckLabels($"{path}.labels", transition.Labels, Error);
            if (transition.From.Count == 0)
            {
                Error($"{path}.from", RuleText.Say("Rule_NoFrom"));
            }

            for (var f = 0; f < transition.From.Count; f++)
            {
                if (!states.Contains(transition.From[f]))
                {
                    Error($"{path}.from[{f}]", RuleText.Say("Rule_FromUnknown", transition.From[f]));
                }
                else if (definition.States.First(s => s.Key == transition.From[f]).Terminal)
                {
                    Error($"{path}.from[{f}]", RuleText.Say("Rule_FromTerminal", definition.StateLabel(transition.From[f], RuleText.Language)));
                }
            }

            if (!states.Contains(transition.To))
            {
                Error($"{path}.to", string.IsNullOrEmpty(transition.To) ? RuleText.Say("Rule_ToMissing") : RuleText.Say("Rule_ToUnknown", transition.To));
            }

            if (transition.AllowedActors.Count == 0)
            {
                Error($"{path}.allowedActors", RuleText.Say("Rule_NoActors"));
            }

            CheckActors($"{path}.allowedActors", transition.AllowedActors, WorkflowActors.All, Error);
            CheckActors($"{path}.excludedActors", transition.ExcludedActors, WorkflowActors.Excludable, Error);
            if (transition.Decision is { } decision && !WorkflowDecisions.All.Contains(decision))
            {
                Error($"{path}.decision", RuleText.Say("Rule_Decision"));
            }

            for (var c = 0; c < transition.Conditions.Count && conditions is not null; c++)
            {
                if (conditions.Check(transition.Conditions[c]) is { } problem)
                {
                    Error($"{path}.conditions[{c}]", problem);
                }
            }
        }

        CheckAmbiguity(definition, Error);
        CheckTimers(definition, states, Error);
        CheckNotifications(definition, states, Error);
        if (initial.Count == 1 && errors.Count == 0)
        {
            CheckReachability(definition, initial[0].Key, Error);
        }

        return errors;
    }

    /// <summary>Two transitions on the same trigger from the same state need conditions that tell them apart.</summary>
    private static void CheckAmbiguity(WorkflowDefinitionModel definition, Action<string, string> error)
    {
        for (var i = 0; i < definition.Transitions.Count; i++)
        {
            for (var j = i + 1; j < definition.Transitions.Count; j++)
            {
                var (a, b) = (definition.Transitions[i], definition.Transitions[j]);
                var shared = a.From.Intersect(b.From).ToList();
                if (a.Trigger == b.Trigger && shared.Count > 0 && !MutuallyExclusive(a.Conditions, b.Conditions))
                {
                    error($"$.transitions[{j}].trigger", RuleText.Say("Rule_Ambiguous", a.Label(RuleText.Language), i + 1, definition.StateLabel(shared[0], RuleText.Language)));
                }
            }
        }
    }

    private static bool MutuallyExclusive(IReadOnlyList<string> a, IReadOnlyList<string> b) =>
        a.Any(c => b.Contains($"not({c})")) || b.Any(c => a.Contains($"not({c})"));

    private static void CheckTimers(WorkflowDefinitionModel definition, List<string> states, Action<string, string> error)
    {
        for (var i = 0; i < definition.Timers.Count; i++)
        {
            var timer = definition.Timers[i];
            var path = $"$.timers[{i}]";
            if (!states.Contains(timer.State))
            {
                error($"{path}.state", string.IsNullOrEmpty(timer.State) ? RuleText.Say("Rule_TimerStateMissing") : RuleText.Say("Rule_TimerState", timer.State));
            }

            if (ParseDuration(timer.After) is not { } after || after <= TimeSpan.Zero || after > MaxTimer)
            {
                error($"{path}.after", RuleText.Say("Rule_TimerDuration"));
            }

            switch (timer.Action)
            {
                case "remind":
                    if (timer.Actors.Count == 0)
                    {
                        error($"{path}.actors", RuleText.Say("Rule_TimerNoActors"));
                    }

                    CheckActors($"{path}.actors", timer.Actors, WorkflowActors.People, error);
                    break;
                case "fire":
                    if (!SystemMayFire(definition.Transitions, timer))
                    {
                        error($"{path}.trigger", string.IsNullOrEmpty(timer.Trigger) ? RuleText.Say("Rule_TriggerMissing") : RuleText.Say("Rule_TimerTrigger", timer.Trigger, definition.StateLabel(timer.State, RuleText.Language)));
                    }

                    break;
                default:
                    error($"{path}.action", RuleText.Say("Rule_TimerAction"));
                    break;
            }
        }
    }

    private static void CheckNotifications(WorkflowDefinitionModel definition, List<string> states, Action<string, string> error)
    {
        for (var i = 0; i < definition.Notifications.Count; i++)
        {
            var notification = definition.Notifications[i];
            var path = $"$.notifications[{i}]";
            switch (notification.On)
            {
                case "enter" when notification.State is null || !states.Contains(notification.State):
                    error($"{path}.state", string.IsNullOrEmpty(notification.State) ? RuleText.Say("Rule_StateMissing") : RuleText.Say("Rule_NotificationState", notification.State));
                    break;
                case "transition" when !definition.Transitions.Any(t => t.Trigger == notification.Trigger):
                    error($"{path}.trigger", string.IsNullOrEmpty(notification.Trigger) ? RuleText.Say("Rule_TriggerMissing") : RuleText.Say("Rule_NotificationTrigger", notification.Trigger));
                    break;
                case "enter" or "transition":
                    break;
                default:
                    error($"{path}.on", RuleText.Say("Rule_NotificationOn"));
                    break;
            }

            if (notification.Notify.Count == 0)
            {
                error($"{path}.notify", RuleText.Say("Rule_NotifyNobody"));
            }

            if (!WorkflowMessages.All.Contains(notification.Message))
            {
                error($"{path}.message", RuleText.Say("Rule_Message", string.Join(", ", WorkflowMessages.All.Select(RuleText.Message))));
            }

            CheckActors($"{path}.notify", notification.Notify, WorkflowActors.Notifiable, error);
        }
    }

    /// <summary>Every state is reachable from the initial one, and a terminal state is reachable from every state.</summary>
    private static void CheckReachability(WorkflowDefinitionModel definition, string initial, Action<string, string> error)
    {
        var edges = definition.Transitions.SelectMany(t => t.From.Select(f => (From: f, t.To))).ToList();
        var reachable = Closure(initial, s => edges.Where(e => e.From == s).Select(e => e.To));
        for (var i = 0; i < definition.States.Count; i++)
        {
            var state = definition.States[i];
            if (!reachable.Contains(state.Key))
            {
                error($"$.states[{i}].key", RuleText.Say("Rule_Unreachable", definition.StateLabel(initial, RuleText.Language)));
            }
            else if (!state.Terminal && !Closure(state.Key, s => edges.Where(e => e.From == s).Select(e => e.To))
                .Any(s => definition.States.First(x => x.Key == s).Terminal))
            {
                error($"$.states[{i}].key", RuleText.Say("Rule_DeadEnd"));
            }
        }
    }

    /// <summary>Whether a <c>fire</c> timer has a transition to take: its trigger, from its state, allowed to the system.</summary>
    public static bool SystemMayFire(IEnumerable<TransitionModel> transitions, TimerModel timer) =>
        transitions.Any(t => t.Trigger == timer.Trigger && t.From.Contains(timer.State) && t.AllowedActors.Contains(WorkflowActors.System));

    private static HashSet<string> Closure(string start, Func<string, IEnumerable<string>> next)
    {
        var seen = new HashSet<string> { start };
        var queue = new Queue<string>([start]);
        while (queue.TryDequeue(out var state))
        {
            foreach (var to in next(state).Where(seen.Add))
            {
                queue.Enqueue(to);
            }
        }

        return seen;
    }

    /// <summary>A label is a button's or a state's name.</summary>
    private const int MaxLabel = 200;

    private static void CheckLabels(string path, IReadOnlyDictionary<string, string>? labels, Action<string, string> error)
    {
        foreach (var language in SupportedLanguages.All)
        {
            if (labels is null || !labels.TryGetValue(language, out var label) || string.IsNullOrWhiteSpace(label))
            {
                error($"{path}.{language}", RuleText.Say("Rule_LabelMissing", RuleText.LanguageName(language)));
            }
            else if (label.Length > MaxLabel)
            {
                error($"{path}.{language}", RuleText.Say("Rule_LabelTooLong", MaxLabel));
            }
            else if (ModularReports.BuildingBlocks.Mediation.WellFormedText.FirstForbidden(label) is { } character)
            {
                // Escaped in the JSON (\uFFFE), such a character passes the request's own check: labels are shown on every page.
                error($"{path}.{language}", RuleText.Say("Rule_LabelCharacter", character));
            }
        }
    }

    private static void CheckActors(string path, IReadOnlyList<string> actors, IReadOnlyList<string> known, Action<string, string> error)
    {
        for (var i = 0; i < actors.Count; i++)
        {
            if (!known.Contains(actors[i]))
            {
                error($"{path}[{i}]", RuleText.Say("Rule_UnknownActor", actors[i], RuleText.Actors(known)));
            }
        }
    }

    /// <summary>The longest a timer may wait: a reporting cycle is years at most, and a due time must stay a date.</summary>
    public static readonly TimeSpan MaxTimer = TimeSpan.FromDays(3653);

    public static TimeSpan? ParseDuration(string? value)
    {
        try
        {
            return value is null ? null : XmlConvert.ToTimeSpan(value);
        }
        catch (Exception e) when (e is FormatException or OverflowException)
        {
            return null; // P99999999D does not fit a TimeSpan: as wrong as any other
        }
    }

    [GeneratedRegex("^[a-z][a-z0-9-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex KeyPattern();

    [GeneratedRegex("^[a-z][A-Za-z0-9]*$", RegexOptions.CultureInvariant)]
    private static partial Regex StateKeyPattern();
}
