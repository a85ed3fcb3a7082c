using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
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

    /// <summary>
    /// A submitted value for the change table, in the reader's words: report text with its structure (headings,
    /// lists), codes and vocabulary by their labels, the rest as <see cref="Show"/>.
    /// </summary>
    public IHtmlContent ShowRich(IStringLocalizer t, string field, JsonElement? value)
    {
        var text = value is { ValueKind: JsonValueKind.String } s ? s.GetString() : null;
        string? label = field switch
        {
            FieldNames.ImplementationStatus when text is not null => ReportText.Status(t, text),
            FieldNames.ActionsPlanned when text is not null => ReportText.Answer(t, text),
            FieldNames.PeriodFrom or FieldNames.PeriodTo when DateOnly.TryParse(text, CultureInfo.InvariantCulture, out var date) => date.ToReaderDate(),
            FieldNames.ActionCategories or FieldNames.FutureActionCategories when value is { ValueKind: JsonValueKind.Array } list && list.GetArrayLength() > 0 =>
                string.Join("\n", list.EnumerateArray().Select(c => ReportText.Category(t, c.GetString() ?? string.Empty))),
            _ => null,
        };
        if (label is null && text is not null && !Guid.TryParse(text, out _))
        {
            return ReportText.Render(text, t);
        }

        return new HtmlString(System.Text.Encodings.Web.HtmlEncoder.Default.Encode(label ?? Show(t, value)));
    }

    /// <summary>Who may take a step, as people say it: "the resolution's focal points or admins".</summary>
    public string Actors(IStringLocalizer t, IReadOnlyList<string> actors) =>
        string.Join($" {t["Or"].Value} ", actors.Select(a => t[$"Actor_{a}"].Value));

    /// <summary>A phrase at the start of a sentence, its first letter a capital.</summary>
    public string Capitalised(string phrase) =>
        phrase.Length == 0 ? phrase : char.ToUpper(phrase[0], CultureInfo.CurrentCulture) + phrase[1..];

    /// <summary>
    /// Whether a section of the form is complete, for the required <paramref name="fields"/> it holds; the editor's
    /// script updates it after each save from the fields still missing.
    /// </summary>
    public IHtmlContent SectionStatus(IStringLocalizer t, params string[] fields)
    {
        var missing = fields.Count(Review.Actions.MissingFields.Select(f => f.Name).Contains);
        var status = new TagBuilder("p");
        status.AddCssClass("section-status");
        status.Attributes["data-section-fields"] = string.Join(' ', fields);
        status.Attributes["data-complete-text"] = t["Section_Complete"].Value;
        status.Attributes["data-todo-text"] = t["Section_ToDo"].Value;
        status.Attributes["data-todo-one-text"] = t["Section_ToDoOne"].Value;
        status.Attributes["data-complete"] = missing == 0 ? "true" : "false";
        status.InnerHtml.Append(missing switch
        {
            0 => t["Section_Complete"].Value,
            1 => t["Section_ToDoOne"].Value,
            _ => string.Format(CultureInfo.CurrentCulture, t["Section_ToDo"].Value, missing),
        });
        return status;
    }

    private static string Text(JsonElement item, string name) =>
        item.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.String ? p.GetString()! : string.Empty;
}
