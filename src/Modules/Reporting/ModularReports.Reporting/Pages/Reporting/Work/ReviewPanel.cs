using Microsoft.Extensions.Localization;
using ModularReports.Reporting.Features.Review;

namespace ModularReports.Reporting.Pages.Reporting.Work;

/// <summary>What the shared review partials (_Actions, _Changes, _Thread) show for a report of either kind.</summary>
internal sealed record ReviewPanel(ReviewContext Review, IReadOnlyDictionary<Guid, string> Names)
{
    /// <summary>A submitted value as a person reads it: text as is, ids as names, actions one per line.</summary>
    public string Show(IStringLocalizer t, JsonElement? value)
    {
        if (value is not { } v || v.ValueKind == JsonValueKind.Null)
        {
            return "—";
        }

        return v.ValueKind switch
        {
            JsonValueKind.String when Guid.TryParse(v.GetString(), out var id) => Names.GetValueOrDefault(id, v.GetString()!),
            JsonValueKind.String => v.GetString()!,
            JsonValueKind.True => t["Yes"],
            JsonValueKind.False => t["No"],
            JsonValueKind.Array when v.GetArrayLength() == 0 => "—",
            JsonValueKind.Array => string.Join("\n", v.EnumerateArray().Select(item => item.ValueKind == JsonValueKind.Object
                ? $"{ReportText.Category(t, Text(item, "category"))}: {Text(item, "description")} ({ReportText.ActionStatus(t, Text(item, "status"))})"
                : Show(t, item))),
            _ => v.ToString(),
        };
    }

    private static string Text(JsonElement item, string name) =>
        item.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.String ? p.GetString()! : string.Empty;
}
