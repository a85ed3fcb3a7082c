using ModularReports.Reporting.Features.Review;

namespace ModularReports.Reporting.Features.ActivityReports;

/// <summary>
/// The actions taken, as a merge patch gives them: each one's category and status from the vocabularies. A draft may
/// hold an action whose category is not chosen yet (empty), so nothing typed is refused; the report is not complete
/// until every action has a category and a description.
/// </summary>
internal static class ActionList
{
    public static bool Read(JsonElement value, MergePatch read, out List<ReportAction> actions)
    {
        actions = [];
        if (value.ValueKind != JsonValueKind.Array)
        {
            read.Fail("actions", "Use a list of actions.");
            return false;
        }

        if (value.GetArrayLength() > ReportLimits.Actions)
        {
            read.Fail("actions", $"At most {ReportLimits.Actions} actions.");
            return false;
        }

        var ok = true;
        var index = 0;
        foreach (var item in value.EnumerateArray())
        {
            var path = $"actions[{index++}]";
            string? Get(string name) => item.ValueKind == JsonValueKind.Object && item.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;
            var category = Get("category") ?? string.Empty;
            var description = Get("description") ?? string.Empty;
            var status = Get("status");
            if (category.Length > 0 && !ReportVocabulary.ActionCategories.Contains(category))
            {
                read.Fail($"{path}.category", $"Use one of: {string.Join("; ", ReportVocabulary.ActionCategories)}.");
                ok = false;
            }

            if (status is null || !ReportVocabulary.ActionStatuses.Contains(status))
            {
                read.Fail($"{path}.status", $"Use {string.Join(" or ", ReportVocabulary.ActionStatuses)}.");
                ok = false;
            }

            if (description.Length > ReportLimits.ActionDescription)
            {
                read.Fail($"{path}.description", $"At most {ReportLimits.ActionDescription} characters.");
                ok = false;
            }

            if (ok)
            {
                actions.Add(new ReportAction { Category = category, Description = description, Status = status! });
            }
        }

        return ok;
    }
}
