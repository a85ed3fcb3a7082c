namespace ModularReports.Workflow.Definitions;

/// <summary>One difference between two versions, as admins read it: what was added, removed or changed, and how.</summary>
internal sealed record DefinitionChange(string Kind, string Subject, string Text)
{
    public const string Added = "added";
    public const string Removed = "removed";
    public const string Changed = "changed";
}

/// <summary>
/// What changed from one version of a definition to another, part by part, in the admin's language: states and
/// transitions matched by identifier (a trigger used twice by its occurrence), timers and notifications by what they
/// are about. Not a text diff: a transition that now needs two approvals says so.
/// </summary>
internal static class DefinitionChanges
{
    public static IReadOnlyList<DefinitionChange> Between(WorkflowDefinitionModel before, WorkflowDefinitionModel after, WorkflowDocumentKind? kind)
    {
        var language = RuleText.Language;
        var changes = new List<DefinitionChange>();
        Labels(changes, RuleText.Say("Subject_Definition"), before.Name, after.Name);

        // A timer or notification removed may be about a state that is gone: it is named as the earlier version named it.
        string StateName(string? key) => after.States.Any(s => s.Key == key) ? after.StateLabel(key, language) : before.StateLabel(key, language);

        Compare(changes, before.States, after.States, Occurrence(before.States, after.States, s => s.Key), s => RuleText.Say("Subject_State", s.Label(language)), (subject, a, b) =>
        {
            Labels(changes, subject, a.Labels, b.Labels);
            Trait(changes, subject, "Designer_Initial", a.Initial, b.Initial);
            Trait(changes, subject, "Designer_Terminal", a.Terminal, b.Terminal);
            Trait(changes, subject, "Designer_Public", a.Public, b.Public);
            Trait(changes, subject, "Designer_Hidden", a.HiddenFromReviewers, b.HiddenFromReviewers);
            Trait(changes, subject, "Designer_Counts", a.CountsForConsolidation, b.CountsForConsolidation);
            List(changes, subject, "Designer_EditableBy", a.EditableBy.Select(RuleText.Actor), b.EditableBy.Select(RuleText.Actor));
            List(changes, subject, "Designer_DueAfter", Duration(a.DueAfter), Duration(b.DueAfter));
        });

        Compare(changes, before.Transitions, after.Transitions, Occurrence(before.Transitions, after.Transitions, t => t.Trigger),
            t => RuleText.Say("Subject_Transition", t.Label(language)), (subject, a, b) =>
            {
                Labels(changes, subject, a.Labels, b.Labels);
                List(changes, subject, "Designer_From", a.From.Select(s => before.StateLabel(s, language)), b.From.Select(s => after.StateLabel(s, language)));
                List(changes, subject, "Designer_To", [before.StateLabel(a.To, language)], [after.StateLabel(b.To, language)]);
                List(changes, subject, "Designer_AllowedActors", a.AllowedActors.Select(RuleText.Actor), b.AllowedActors.Select(RuleText.Actor));
                List(changes, subject, "Designer_ExcludedActors", a.ExcludedActors.Select(RuleText.Actor), b.ExcludedActors.Select(RuleText.Actor));
                List(changes, subject, "Designer_Conditions", a.Conditions.Select(c => RuleText.Condition(kind, c)), b.Conditions.Select(c => RuleText.Condition(kind, c)));
                List(changes, subject, "Designer_Decision", Decision(a.Decision), Decision(b.Decision));
                Trait(changes, subject, "Designer_Primary", a.Primary, b.Primary);
                Trait(changes, subject, "Designer_CommentRequired", a.CommentRequired, b.CommentRequired);
                Trait(changes, subject, "Designer_Keeps", a.KeepsSubmittedVersion, b.KeepsSubmittedVersion);
                Trait(changes, subject, "Designer_Optional", a.Optional, b.Optional);
            });

        Compare(changes, before.Timers, after.Timers, Occurrence(before.Timers, after.Timers, t => $"{t.State}|{t.Action}|{t.Trigger}"),
            t => RuleText.Say("Change_TimerIn", StateName(t.State)),
            (subject, a, b) =>
            {
                List(changes, subject, "Designer_After", [RuleText.Duration(a.After)], [RuleText.Duration(b.After)]);
                List(changes, subject, "Designer_TimerActors", a.Actors.Select(RuleText.Actor), b.Actors.Select(RuleText.Actor));
            });

        Compare(changes, before.Notifications, after.Notifications, Occurrence(before.Notifications, after.Notifications, n => $"{n.On}|{n.State}|{n.Trigger}"),
            n => RuleText.Say("Change_NotificationAbout", n.On == "enter"
                ? StateName(n.State)
                : after.Transitions.Concat(before.Transitions).FirstOrDefault(t => t.Trigger == n.Trigger)?.Label(language) ?? n.Trigger),
            (subject, a, b) =>
            {
                List(changes, subject, "Designer_Notify", a.Notify.Select(RuleText.Actor), b.Notify.Select(RuleText.Actor));
                List(changes, subject, "Designer_Message", [RuleText.Message(a.Message)], [RuleText.Message(b.Message)]);
            });

        return changes;
    }

    /// <summary>Pairs the parts of two lists by key; what is only in one was added or removed, the rest compared.</summary>
    private static void Compare<T>(
        List<DefinitionChange> changes, IReadOnlyList<T> before, IReadOnlyList<T> after, Func<T, string> key, Func<T, string> subject, Action<string, T, T> compare)
    {
        var earlier = before.ToDictionary(key, StringComparer.Ordinal);
        var later = after.Select(key).ToHashSet(StringComparer.Ordinal);
        foreach (var part in after)
        {
            if (earlier.TryGetValue(key(part), out var old))
            {
                compare(subject(part), old, part);
            }
            else
            {
                changes.Add(new DefinitionChange(DefinitionChange.Added, subject(part), RuleText.Say("Change_Added")));
            }
        }

        changes.AddRange(before.Where(p => !later.Contains(key(p))).Select(p => new DefinitionChange(DefinitionChange.Removed, subject(p), RuleText.Say("Change_Removed"))));
    }

    /// <summary>A key that tells apart parts sharing the same description: the description and its occurrence.</summary>
    private static Func<T, string> Occurrence<T>(IReadOnlyList<T> before, IReadOnlyList<T> after, Func<T, string> describe) where T : class
    {
        var keys = new Dictionary<T, string>(ReferenceEqualityComparer.Instance);
        foreach (var list in new[] { before, after })
        {
            var seen = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var part in list)
            {
                var description = describe(part);
                seen[description] = seen.GetValueOrDefault(description) + 1;
                keys[part] = $"{description}#{seen[description].ToString(CultureInfo.InvariantCulture)}";
            }
        }

        return part => keys[part];
    }

    private static void Labels(List<DefinitionChange> changes, string subject, IReadOnlyDictionary<string, string> before, IReadOnlyDictionary<string, string> after)
    {
        foreach (var language in SupportedLanguages.All)
        {
            var (a, b) = (before.GetValueOrDefault(language) ?? string.Empty, after.GetValueOrDefault(language) ?? string.Empty);
            if (a != b)
            {
                changes.Add(new DefinitionChange(DefinitionChange.Changed, subject, RuleText.Say("Change_Label", RuleText.LanguageName(language), a, b)));
            }
        }
    }

    private static void Trait(List<DefinitionChange> changes, string subject, string trait, bool before, bool after)
    {
        if (before != after)
        {
            changes.Add(new DefinitionChange(DefinitionChange.Changed, subject, RuleText.Say(after ? "Change_Now" : "Change_NoLonger", RuleText.Say(trait))));
        }
    }

    private static void List(List<DefinitionChange> changes, string subject, string what, IEnumerable<string> before, IEnumerable<string> after)
    {
        var (a, b) = (Join(before), Join(after));
        if (a != b)
        {
            changes.Add(new DefinitionChange(DefinitionChange.Changed, subject, RuleText.Say("Change_Value", RuleText.Say(what), b, a)));
        }
    }

    private static string Join(IEnumerable<string> values) => values.ToList() is { Count: > 0 } list ? string.Join(", ", list) : RuleText.Say("Change_None");

    private static IEnumerable<string> Duration(string? after) => after is null ? [] : [RuleText.Duration(after)];

    private static IEnumerable<string> Decision(string? decision) => decision is null ? [] : [RuleText.Decision(decision)];
}
