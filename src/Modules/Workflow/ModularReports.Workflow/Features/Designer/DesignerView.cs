using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using ModularReports.Workflow.Definitions;

namespace ModularReports.Workflow.Features.Designer;

/// <summary>A problem as the designer shows it: beside the form field it concerns, and in the list with its subject.</summary>
internal sealed record DesignerProblem(string Field, string Id, string Subject, string Message);

internal sealed record DiagramNode(string Id, string Label, int Index, bool Initial, bool Terminal, bool Public, bool Invalid);

internal sealed record DiagramEdge(string From, string To, string Label, int Index, bool Invalid);

/// <summary>The draft as the diagram script draws it: states and one edge per state a transition leaves from.</summary>
internal sealed record DiagramGraph(IReadOnlyList<DiagramNode> Nodes, IReadOnlyList<DiagramEdge> Edges);

/// <summary>
/// What the designer shows of a definition besides the form: the problems placed on fields, the graph the diagram is
/// drawn from, and the text outline that says the same for people who do not see the diagram.
/// </summary>
internal static partial class DesignerView
{
    public static IReadOnlyList<DesignerProblem> Problems(WorkflowDefinitionModel? definition, IReadOnlyList<DefinitionError> errors) =>
        errors.Select(e =>
        {
            var field = definition is null ? "Json" : Field(e.Path);
            return new DesignerProblem(field, FieldId(field), definition is null ? RuleText.Say("Subject_Json") : Subject(definition, e.Path), e.Message);
        }).ToList();

    /// <summary>The form field a JSON path points at: <c>$.transitions[3].from[1]</c> is <c>Transitions[3].From</c>.</summary>
    public static string Field(string path)
    {
        if (path is "$" or "$.key" || !path.StartsWith("$.", StringComparison.Ordinal))
        {
            return "Json";
        }

        var parts = new List<string>();
        foreach (Match segment in Segment().Matches(path[2..]))
        {
            var name = segment.Groups["name"].Value;
            var index = segment.Groups["index"];
            var kept = name is "states" or "transitions" or "timers" or "notifications" or "conditions";
            var property = name switch
            {
                "after" => "Amount",
                "dueAfter" => "DueAmount",
                _ => char.ToUpperInvariant(name[0]) + name[1..],
            };
            parts.Add(kept && index.Success ? $"{property}[{index.Value}]" : property);
            if (name == "conditions" && index.Success)
            {
                parts.Add("Name");
            }

            if (!kept && index.Success)
            {
                break; // one checkbox of a group: the group is the field
            }
        }

        return string.Join('.', parts);
    }

    public static string FieldId(string field) =>
        "f-" + field.Replace("].", "-", StringComparison.Ordinal).Replace('[', '-').Replace(']', '-').Replace('.', '-').ToLowerInvariant().TrimEnd('-');

    private static string Subject(WorkflowDefinitionModel definition, string path)
    {
        var match = Item().Match(path);
        if (!match.Success)
        {
            return RuleText.Say("Subject_Definition");
        }

        var part = match.Groups["part"].Value switch
        {
            "states" => DefinitionPart.State,
            "transitions" => DefinitionPart.Transition,
            "timers" => DefinitionPart.Timer,
            _ => DefinitionPart.Notification,
        };
        return Subject(definition, part, int.Parse(match.Groups["index"].Value, CultureInfo.InvariantCulture));
    }

    /// <summary>How the admin reads a part's name: "State 'Submitted'", "Timer 2".</summary>
    public static string Subject(WorkflowDefinitionModel definition, DefinitionPart part, int index)
    {
        var language = RuleText.Language;
        return part switch
        {
            DefinitionPart.State when index < definition.States.Count => RuleText.Say("Subject_State", definition.States[index].Label(language)),
            DefinitionPart.Transition when index < definition.Transitions.Count => RuleText.Say("Subject_Transition", definition.Transitions[index].Label(language)),
            DefinitionPart.Timer => RuleText.Say("Subject_Timer", index + 1),
            DefinitionPart.Notification => RuleText.Say("Subject_Notification", index + 1),
            _ => RuleText.Say("Subject_Definition"),
        };
    }

    public static DiagramGraph Graph(WorkflowDefinitionModel definition, IReadOnlyList<DefinitionError> errors)
    {
        var language = RuleText.Language;
        bool Invalid(string prefix) => errors.Any(e => e.Path.StartsWith(prefix, StringComparison.Ordinal));
        var keys = definition.States.Select(s => s.Key).ToHashSet(StringComparer.Ordinal);
        var nodes = definition.States.Select((s, i) => new DiagramNode(
            s.Key, s.Label(language), i, s.Initial, s.Terminal, s.Public, Invalid($"$.states[{i}]."))).ToList();
        var edges = definition.Transitions.SelectMany((t, i) => t.From.Where(keys.Contains).Where(_ => keys.Contains(t.To))
            .Select(from => new DiagramEdge(from, t.To, t.Label(language), i, Invalid($"$.transitions[{i}].")))).ToList();
        return new DiagramGraph(nodes, edges);
    }

    /// <summary>
    /// Each state with what may happen in it: the transitions leaving it (to where, by whom) and its timers, as nested
    /// lists linking to the parts of the form.
    /// </summary>
    public static string Outline(WorkflowDefinitionModel definition)
    {
        var language = RuleText.Language;
        string StateName(string key) => definition.StateLabel(key, language);
        var html = new StringBuilder("<ol class=\"outline\">");
        for (var i = 0; i < definition.States.Count; i++)
        {
            var state = definition.States[i];
            var traits = new List<string>();
            if (state.Initial) { traits.Add(RuleText.Say("Outline_Start")); }
            if (state.Terminal) { traits.Add(RuleText.Say("Outline_Final")); }
            if (state.Public) { traits.Add(RuleText.Say("Outline_Public")); }
            html.Append(CultureInfo.InvariantCulture, $"<li><a href=\"#state-{i}\">{E(StateName(state.Key))}</a>");
            if (traits.Count > 0)
            {
                html.Append(CultureInfo.InvariantCulture, $" <span class=\"hint\">({E(string.Join(", ", traits))})</span>");
            }

            var leaving = definition.Transitions.Select((t, j) => (t, j)).Where(x => x.t.From.Contains(state.Key)).ToList();
            var timers = definition.Timers.Select((t, k) => (t, k)).Where(x => x.t.State == state.Key).ToList();
            if (leaving.Count + timers.Count > 0)
            {
                html.Append("<ul>");
                foreach (var (t, j) in leaving)
                {
                    var text = RuleText.Say("Outline_To", t.Label(language), StateName(t.To), RuleText.Actors(t.AllowedActors));
                    html.Append(CultureInfo.InvariantCulture, $"<li><a href=\"#transition-{j}\">{E(text)}</a></li>");
                }

                foreach (var (timer, k) in timers)
                {
                    var what = timer.Action == "fire"
                        ? RuleText.Say("Outline_Fire", definition.Transitions.FirstOrDefault(t => t.Trigger == timer.Trigger) is { } fired ? fired.Label(language) : timer.Trigger)
                        : RuleText.Say("Outline_Remind", RuleText.Actors(timer.Actors));
                    html.Append(CultureInfo.InvariantCulture, $"<li><a href=\"#timer-{k}\">{E(RuleText.Say("Outline_Timer", RuleText.Duration(timer.After), what))}</a></li>");
                }

                html.Append("</ul>");
            }

            html.Append("</li>");
        }

        return html.Append("</ol>").ToString();
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);

    [GeneratedRegex(@"(?<name>[A-Za-z]+)(\[(?<index>\d+)\])?", RegexOptions.CultureInvariant)]
    private static partial Regex Segment();

    [GeneratedRegex(@"^\$\.(?<part>states|transitions|timers|notifications)\[(?<index>\d+)\]", RegexOptions.CultureInvariant)]
    private static partial Regex Item();
}
