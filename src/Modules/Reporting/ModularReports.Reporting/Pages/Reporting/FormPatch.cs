namespace ModularReports.Reporting.Pages.Reporting;

/// <summary>
/// Turns an editor form into the same JSON merge patch the API takes, so pages and API share one command and one set
/// of rules. Empty inputs clear a field; a blank action row is ignored.
/// </summary>
internal static class FormPatch
{
    public static readonly string[] ActivityTexts = ["periodFrom", "periodTo", "geographicScope", "otherOrganisations", "results", "challenges", "futureActions"];

    public static readonly string[] ProgressTexts =
        ["otherOrganisations", "results", "challenges", "futureActions", "actionsPlanned", "implementationStatus", "additionalInformation"];

    public static JsonElement Activity(IFormCollection form)
    {
        var patch = Common(form, ActivityTexts);
        var actions = new List<Dictionary<string, string>>();
        for (var i = 0; form.ContainsKey($"actions[{i}].category"); i++)
        {
            var category = form[$"actions[{i}].category"].ToString();
            var description = form[$"actions[{i}].description"].ToString();
            if (category.Length == 0 && description.Trim().Length == 0)
            {
                continue;
            }

            actions.Add(new() { ["category"] = category, ["description"] = description, ["status"] = form[$"actions[{i}].status"].ToString() });
        }

        patch["actions"] = actions;
        return JsonSerializer.SerializeToElement(patch);
    }

    public static JsonElement Progress(IFormCollection form)
    {
        var patch = Common(form, ProgressTexts);
        patch["actionCategories"] = form["actionCategories"].Where(v => !string.IsNullOrEmpty(v)).ToArray();
        patch["futureActionCategories"] = form["futureActionCategories"].Where(v => !string.IsNullOrEmpty(v)).ToArray();
        return JsonSerializer.SerializeToElement(patch);
    }

    public static int? Version(IFormCollection form) =>
        int.TryParse(form["version"], NumberStyles.None, CultureInfo.InvariantCulture, out var version) ? version : null;

    private static Dictionary<string, object?> Common(IFormCollection form, IEnumerable<string> texts)
    {
        var patch = new Dictionary<string, object?>();
        foreach (var name in texts)
        {
            var value = form[name].ToString();
            patch[name] = value.Length == 0 ? null : value;
        }

        patch["memberIds"] = form["memberIds"].Where(v => !string.IsNullOrEmpty(v)).ToArray();
        patch["commissionIds"] = form["commissionIds"].Where(v => !string.IsNullOrEmpty(v)).ToArray();
        patch["secretariatInvolved"] = form["secretariatInvolved"].ToString() switch { "true" => true, "false" => false, _ => null };
        return patch;
    }
}
