using ModularReports.Workflow.Definitions;

namespace ModularReports.Workflow.Features.Designer;

/// <summary>
/// A definition as the designer's form posts it: plain mutable classes that model binding fills, mapped to and from
/// <see cref="WorkflowDefinitionModel"/>. Identifiers left empty are made from the English name; renaming a state or a
/// trigger renames what refers to it.
/// </summary>
internal sealed class DesignerForm
{
    public LabelsForm Name { get; set; } = new();

    public string? DocumentKind { get; set; }

    public List<StateForm> States { get; set; } = [];

    public List<TransitionForm> Transitions { get; set; } = [];

    public List<TimerForm> Timers { get; set; } = [];

    public List<NotificationForm> Notifications { get; set; } = [];

    public static DesignerForm From(WorkflowDefinitionModel model) => new()
    {
        Name = LabelsForm.From(model.Name),
        DocumentKind = model.DocumentKind,
        States = [.. model.States.Select(s => new StateForm
        {
            Key = s.Key, OriginalKey = s.Key, Labels = LabelsForm.From(s.Labels), Initial = s.Initial, Terminal = s.Terminal, Public = s.Public,
            HiddenFromReviewers = s.HiddenFromReviewers, CountsForConsolidation = s.CountsForConsolidation, EditableBy = [.. s.EditableBy],
            DueAmount = Durations.FromIso(s.DueAfter).Amount, DueUnit = Durations.FromIso(s.DueAfter).Unit,
        })],
        Transitions = [.. model.Transitions.Select(t => new TransitionForm
        {
            Trigger = t.Trigger, OriginalTrigger = t.Trigger, Labels = LabelsForm.From(t.Labels), From = [.. t.From], To = t.To,
            AllowedActors = [.. t.AllowedActors], ExcludedActors = [.. t.ExcludedActors],
            Conditions = [.. t.Conditions.Select(ConditionForm.From)], CommentRequired = t.CommentRequired,
            KeepsSubmittedVersion = t.KeepsSubmittedVersion, Decision = t.Decision, Primary = t.Primary, Optional = t.Optional,
        })],
        Timers = [.. model.Timers.Select(TimerForm.From)],
        Notifications = [.. model.Notifications.Select(n => new NotificationForm
        {
            On = n.On, State = n.State, Trigger = n.Trigger, Notify = [.. n.Notify], Message = n.Message,
        })],
    };

    public WorkflowDefinitionModel ToModel(string key)
    {
        var stateKeys = Identifiers.Assign(States.Select(s => (s.Key, s.Labels.En)).ToList(), "state", unique: true);
        var renamedStates = Renames(States.Select(s => s.OriginalKey).ToList(), stateKeys);
        var triggers = Identifiers.Assign(Transitions.Select(t => (t.Trigger, t.Labels.En)).ToList(), "action", unique: false);
        var renamedTriggers = Renames(Transitions.Select(t => t.OriginalTrigger).ToList(), triggers);
        string State(string? value) => value is null ? string.Empty : renamedStates.GetValueOrDefault(value, value);
        string? Trigger(string? value) => value is null ? null : renamedTriggers.GetValueOrDefault(value, value);

        return new WorkflowDefinitionModel
        {
            Key = key,
            DocumentKind = DocumentKind ?? string.Empty,
            Name = Name.ToDictionary(),
            States = [.. States.Select((s, i) => new StateModel
            {
                Key = stateKeys[i], Labels = s.Labels.ToDictionary(), Initial = s.Initial, Terminal = s.Terminal, Public = s.Public,
                EditableBy = Clean(s.EditableBy), HiddenFromReviewers = s.HiddenFromReviewers, CountsForConsolidation = s.CountsForConsolidation,
                DueAfter = Durations.ToIso(s.DueAmount, s.DueUnit),
            })],
            Transitions = [.. Transitions.Select((t, i) => new TransitionModel
            {
                Trigger = triggers[i], Labels = t.Labels.ToDictionary(), From = [.. Clean(t.From).Select(State)], To = State(t.To),
                AllowedActors = Clean(t.AllowedActors), ExcludedActors = Clean(t.ExcludedActors),
                Conditions = [.. t.Conditions.Where(c => !string.IsNullOrWhiteSpace(c.Name)).Select(c => c.ToText())],
                CommentRequired = t.CommentRequired, KeepsSubmittedVersion = t.KeepsSubmittedVersion,
                Decision = string.IsNullOrWhiteSpace(t.Decision) ? null : t.Decision, Primary = t.Primary, Optional = t.Optional,
            })],
            Timers = [.. Timers.Select(t => t.ToModel(State(t.State), Trigger(t.Trigger)))],
            Notifications = [.. Notifications.Select(n => new NotificationModel
            {
                On = n.On ?? string.Empty,
                State = n.On == "enter" ? State(n.State) : null,
                Trigger = n.On == "transition" ? Trigger(n.Trigger) : null,
                Notify = Clean(n.Notify),
                Message = string.IsNullOrWhiteSpace(n.Message) ? WorkflowMessages.Moved : n.Message,
            })],
        };
    }

    /// <summary>
    /// Old identifier to new, for the items whose identifier the admin changed. Renames apply all at once, so a swap or a
    /// chain (a to b, b to c) lands right; a trigger several transitions share is renamed only when all of them take
    /// the same new one.
    /// </summary>
    private static Dictionary<string, string> Renames(List<string?> originals, IReadOnlyList<string> current) =>
        originals.Select((old, i) => (Old: old, New: current[i]))
            .Where(x => !string.IsNullOrEmpty(x.Old))
            .GroupBy(x => x.Old!, StringComparer.Ordinal)
            .Where(g => g.Select(x => x.New).Distinct(StringComparer.Ordinal).Count() == 1 && g.First().New != g.Key)
            .ToDictionary(g => g.Key, g => g.First().New, StringComparer.Ordinal);

    private static List<string> Clean(List<string>? values) => [.. (values ?? []).Where(v => !string.IsNullOrWhiteSpace(v)).Distinct(StringComparer.Ordinal)];
}

internal sealed class LabelsForm
{
    public string? En { get; set; }

    public string? Fr { get; set; }

    public string? Es { get; set; }

    public static LabelsForm From(IReadOnlyDictionary<string, string> labels) =>
        new() { En = labels.GetValueOrDefault("en"), Fr = labels.GetValueOrDefault("fr"), Es = labels.GetValueOrDefault("es") };

    public Dictionary<string, string> ToDictionary()
    {
        var labels = new Dictionary<string, string>();
        foreach (var (language, value) in new[] { ("en", En), ("fr", Fr), ("es", Es) })
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                labels[language] = value.Trim();
            }
        }

        return labels;
    }

    public string Pick(string language, string? fallback) => LocalisedLabels.Pick(ToDictionary(), language, fallback ?? string.Empty);
}

internal sealed class StateForm
{
    public string? Key { get; set; }

    /// <summary>The identifier when the page was drawn: what other items still refer to.</summary>
    public string? OriginalKey { get; set; }

    public LabelsForm Labels { get; set; } = new();

    public bool Initial { get; set; }

    public bool Terminal { get; set; }

    public bool Public { get; set; }

    public bool HiddenFromReviewers { get; set; }

    public bool CountsForConsolidation { get; set; }

    /// <summary>How long the reviewers have in this state, as typed (empty: no due date).</summary>
    public string? DueAmount { get; set; }

    public string DueUnit { get; set; } = Durations.Days;

    public List<string> EditableBy { get; set; } = [];
}

internal sealed class TransitionForm
{
    public string? Trigger { get; set; }

    public string? OriginalTrigger { get; set; }

    public LabelsForm Labels { get; set; } = new();

    public List<string> From { get; set; } = [];

    public string? To { get; set; }

    public List<string> AllowedActors { get; set; } = [];

    public List<string> ExcludedActors { get; set; } = [];

    public List<ConditionForm> Conditions { get; set; } = [];

    public bool CommentRequired { get; set; }

    public bool KeepsSubmittedVersion { get; set; }

    public string? Decision { get; set; }

    public bool Primary { get; set; }

    public bool Optional { get; set; }
}

/// <summary>A condition picked from the document kind's catalogue, its number, and whether it must not hold.</summary>
internal sealed class ConditionForm
{
    public string? Name { get; set; }

    /// <summary>As typed: a number that is not whole stays in the condition, where the validator names it.</summary>
    public string? Number { get; set; }

    public bool Negated { get; set; }

    public static ConditionForm From(string condition)
    {
        var (negated, name, argument) = ConditionCatalogue.Parse(condition);
        return string.IsNullOrEmpty(name)
            ? new ConditionForm { Name = condition }
            : new ConditionForm { Name = name, Number = argument?.ToString(CultureInfo.InvariantCulture), Negated = negated };
    }

    public string ToText()
    {
        var text = string.IsNullOrWhiteSpace(Number) ? Name! : $"{Name}({Number.Trim()})";
        return Negated ? $"not({text})" : text;
    }
}

/// <summary>A duration as the forms show it, a whole number of days or hours; the definition stores ISO 8601.</summary>
internal static class Durations
{
    public const string Days = "days";
    public const string Hours = "hours";

    public static (string? Amount, string Unit) FromIso(string? iso) => DefinitionValidator.ParseDuration(iso) switch
    {
        null => (null, Days),
        { } t when t.Ticks % TimeSpan.TicksPerDay == 0 => (((int)t.TotalDays).ToString(CultureInfo.InvariantCulture), Days),
        { } t => (((int)Math.Ceiling(t.TotalHours)).ToString(CultureInfo.InvariantCulture), Hours),
    };

    /// <summary>As typed: what is not a whole number reaches the validator, which says so beside the field.</summary>
    public static string? ToIso(string? amount, string unit) =>
        string.IsNullOrWhiteSpace(amount) ? null : unit == Hours ? $"PT{amount.Trim()}H" : $"P{amount.Trim()}D";
}

/// <summary>A timer as a number of days or hours; the definition stores an ISO 8601 duration.</summary>
internal sealed class TimerForm
{
    public string? State { get; set; }

    /// <summary>As typed: what is not a whole number reaches the validator, which says so beside the field.</summary>
    public string? Amount { get; set; }

    public string Unit { get; set; } = Durations.Days;

    public string? Action { get; set; }

    public List<string> Actors { get; set; } = [];

    public string? Trigger { get; set; }

    public static TimerForm From(TimerModel timer)
    {
        var (amount, unit) = Durations.FromIso(timer.After);
        return new TimerForm { State = timer.State, Amount = amount, Unit = unit, Action = timer.Action, Actors = [.. timer.Actors], Trigger = timer.Trigger };
    }

    public TimerModel ToModel(string state, string? trigger) => new()
    {
        State = state,
        After = Durations.ToIso(Amount, Unit) ?? string.Empty,
        Action = Action ?? string.Empty,
        Actors = Action == "remind" ? [.. Actors.Where(a => !string.IsNullOrWhiteSpace(a)).Distinct()] : [],
        Trigger = Action == "fire" ? trigger : null,
    };
}

internal sealed class NotificationForm
{
    public string? On { get; set; }

    public string? State { get; set; }

    public string? Trigger { get; set; }

    public List<string> Notify { get; set; } = [];

    public string? Message { get; set; }
}
