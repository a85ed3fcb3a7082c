using System.Net;
using System.Text;
using ModularReports.Workflow.Definitions;

namespace ModularReports.Workflow.Features.Definitions;

/// <summary>What changed between two versions (or a version and the draft, as version 0), part by part.</summary>
internal sealed record CompareVersions(string Key, int From, int To) : IQuery<IReadOnlyList<DefinitionChange>>;

internal sealed class CompareVersionsHandler(IMediator mediator, IEnumerable<WorkflowDocumentKind> kinds) : IQueryHandler<CompareVersions, IReadOnlyList<DefinitionChange>>
{
    public async ValueTask<IReadOnlyList<DefinitionChange>> Handle(CompareVersions query, CancellationToken cancellationToken)
    {
        async Task<WorkflowDefinitionModel> Read(int number) => number == 0
            ? DefinitionQueries.TryParse((await mediator.Send(new GetDefinition(query.Key), cancellationToken)).DraftJson)
                ?? throw new ConflictException(RuleText.Say("Compare_UnreadableTitle"), RuleText.Say("Designer_CannotRead"))
            : DefaultDefinitions.Parse(await mediator.Send(new GetVersion(query.Key, number), cancellationToken));

        var (before, after) = (await Read(query.From), await Read(query.To));
        return DefinitionChanges.Between(before, after, kinds.FirstOrDefault(k => k.Kind == after.DocumentKind));
    }
}

/// <summary>
/// The state machine as a picture: Mermaid text (for documentation) and an SVG drawn here, so the page needs no
/// script. States sit in rows by their distance from the initial state; arrows carry the trigger labels.
/// </summary>
internal static class Diagram
{
    public static string Mermaid(WorkflowDefinitionModel d, string language)
    {
        var text = new StringBuilder("stateDiagram-v2\n");
        foreach (var state in d.States)
        {
            text.Append(CultureInfo.InvariantCulture, $"    {state.Key} : {LocalisedLabels.Pick(state.Labels, language, state.Key)}\n");
        }

        foreach (var initial in d.States.Where(s => s.Initial))
        {
            text.Append(CultureInfo.InvariantCulture, $"    [*] --> {initial.Key}\n");
        }

        foreach (var t in d.Transitions)
        {
            foreach (var from in t.From)
            {
                text.Append(CultureInfo.InvariantCulture, $"    {from} --> {t.To} : {LocalisedLabels.Pick(t.Labels, language, t.Trigger)}\n");
            }
        }

        foreach (var terminal in d.States.Where(s => s.Terminal))
        {
            text.Append(CultureInfo.InvariantCulture, $"    {terminal.Key} --> [*]\n");
        }

        return text.ToString();
    }

    public static string Svg(WorkflowDefinitionModel d, string language, string title)
    {
        const int boxWidth = 200, boxHeight = 44, columnGap = 90, rowGap = 90, margin = 30;
        var layer = Layers(d);
        var rows = d.States.GroupBy(s => layer.GetValueOrDefault(s.Key, layer.Count)).OrderBy(g => g.Key).ToList();
        var position = new Dictionary<string, (double X, double Y)>();
        var widest = rows.Max(r => r.Count());
        for (var r = 0; r < rows.Count; r++)
        {
            var row = rows[r].ToList();
            var offset = (widest - row.Count) * (boxWidth + columnGap) / 2.0;
            for (var c = 0; c < row.Count; c++)
            {
                position[row[c].Key] = (margin + offset + c * (boxWidth + columnGap), margin + r * (boxHeight + rowGap));
            }
        }

        var width = margin * 2 + widest * boxWidth + (widest - 1) * columnGap + 340;
        var height = margin * 2 + rows.Count * boxHeight + (rows.Count - 1) * rowGap;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 {width} {height}\" width=\"{width}\" height=\"{height}\" class=\"workflow-diagram\"><title>{E(title)}</title>");
        svg.Append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M 0 0 L 10 5 L 0 10 z\" fill=\"#1d2327\"/></marker></defs>");
        var drawn = new Dictionary<(string, string), int>();
        foreach (var t in d.Transitions)
        {
            foreach (var from in t.From.Where(position.ContainsKey))
            {
                if (!position.ContainsKey(t.To))
                {
                    continue;
                }

                var (x1, y1) = position[from];
                var (x2, y2) = position[t.To];
                var n = drawn[(from, t.To)] = drawn.GetValueOrDefault((from, t.To)) + 1;
                var label = E(LocalisedLabels.Pick(t.Labels, language, t.Trigger));
                if (from == t.To)
                {
                    svg.Append(CultureInfo.InvariantCulture, $"<path d=\"M {x1 + boxWidth} {y1 + 12} c 40 -20 40 40 0 20\" fill=\"none\" stroke=\"#1d2327\" marker-end=\"url(#arrow)\"/><text x=\"{x1 + boxWidth + 44}\" y=\"{y1 + 26}\" font-size=\"12\">{label}</text>");
                    continue;
                }

                if (y1 == y2)
                {
                    // Same row: side to side, label above the line.
                    var (lx, rx) = x1 < x2 ? (x1 + boxWidth, x2) : (x1, x2 + boxWidth);
                    svg.Append(CultureInfo.InvariantCulture, $"<path d=\"M {lx} {y1 + boxHeight / 2.0} L {rx} {y2 + boxHeight / 2.0}\" fill=\"none\" stroke=\"#1d2327\" stroke-width=\"1.5\" marker-end=\"url(#arrow)\"/>");
                    svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{(lx + rx) / 2}\" y=\"{y1 - 6 - (n - 1) * 14}\" text-anchor=\"middle\" font-size=\"12\" {Halo}>{label}</text>");
                    continue;
                }

                // Forward edges go down from the box's bottom; backward ones (returns) curve out to the right.
                var backward = y2 < y1;
                var (sx, sy) = backward ? (x1 + boxWidth, y1 + boxHeight / 2.0) : (x1 + boxWidth / 2.0, y1 + boxHeight);
                var (ex, ey) = backward ? (x2 + boxWidth, y2 + boxHeight / 2.0) : (x2 + boxWidth / 2.0, y2);
                var bend = backward ? 60 + 30 * n : 0;
                var (cx, cy) = ((sx + ex) / 2 + bend, (sy + ey) / 2);
                svg.Append(CultureInfo.InvariantCulture, $"<path d=\"M {sx} {sy} Q {cx} {cy} {ex} {ey}\" fill=\"none\" stroke=\"#1d2327\" stroke-width=\"1.5\" marker-end=\"url(#arrow)\"/>");
                svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{cx + 6}\" y=\"{cy + 4 + (n - 1) * 14}\" font-size=\"12\" {Halo}>{label}</text>");
            }
        }

        foreach (var state in d.States.Where(s => position.ContainsKey(s.Key)))
        {
            var (x, y) = position[state.Key];
            var fill = state.Initial ? "#e7f3ec" : state.Terminal ? "#005a3c" : "#ffffff";
            var ink = state.Terminal ? "#ffffff" : "#1d2327";
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x}\" y=\"{y}\" width=\"{boxWidth}\" height=\"{boxHeight}\" rx=\"8\" fill=\"{fill}\" stroke=\"#005a3c\" stroke-width=\"2\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x + boxWidth / 2.0}\" y=\"{y + 27}\" text-anchor=\"middle\" font-size=\"14\" font-weight=\"600\" fill=\"{ink}\">{E(LocalisedLabels.Pick(state.Labels, language, state.Key))}</text>");
        }

        return svg.Append("</svg>").ToString();
    }

    /// <summary>A white outline behind label text, so labels stay readable where they cross lines.</summary>
    private const string Halo = "fill=\"#1d2327\" stroke=\"#ffffff\" stroke-width=\"4\" paint-order=\"stroke\"";

    private static Dictionary<string, int> Layers(WorkflowDefinitionModel d)
    {
        var layer = new Dictionary<string, int>();
        var start = d.States.FirstOrDefault(s => s.Initial)?.Key ?? d.States.FirstOrDefault()?.Key;
        if (start is null)
        {
            return layer;
        }

        layer[start] = 0;
        var queue = new Queue<string>([start]);
        while (queue.TryDequeue(out var state))
        {
            foreach (var to in d.Transitions.Where(t => t.From.Contains(state)).Select(t => t.To).Where(to => !layer.ContainsKey(to)))
            {
                layer[to] = layer[state] + 1;
                queue.Enqueue(to);
            }
        }

        return layer;
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
