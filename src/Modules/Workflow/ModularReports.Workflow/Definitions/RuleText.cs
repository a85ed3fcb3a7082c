using System.Resources;

namespace ModularReports.Workflow.Definitions;

/// <summary>
/// The words admins read about a definition, in the current UI language: the validator's problems, the actors, the
/// messages and the conditions, so that nobody has to know the JSON names.
/// </summary>
internal static class RuleText
{
    private static readonly ResourceManager Resources = new("ModularReports.Workflow.Resources.WorkflowText", typeof(WorkflowText).Assembly);

    private static CultureInfo Culture => CultureInfo.CurrentUICulture;

    public static string Language => Culture.TwoLetterISOLanguageName;

    public static string Say(string key, params object?[] args) =>
        string.Format(Culture, Resources.GetString(key, Culture) ?? key, args);

    /// <summary>A text in each supported language, for labels the application writes into a definition.</summary>
    public static Dictionary<string, string> InEachLanguage(string key) =>
        SupportedLanguages.All.ToDictionary(l => l, l => Resources.GetString(key, CultureInfo.GetCultureInfo(l)) ?? key);

    public static string Actor(string actor) => Resources.GetString($"Actor_{actor}", Culture) ?? actor;

    public static string Actors(IEnumerable<string> actors) => string.Join(", ", actors.Select(Actor));

    public static string Message(string message) => Resources.GetString($"Message_{message}", Culture) ?? message;

    public static string Decision(string decision) => Resources.GetString($"Decision_{decision}", Culture) ?? decision;

    public static string LanguageName(string language) => Resources.GetString($"Language_{language}", Culture) ?? language;

    public static string Kind(WorkflowDocumentKind kind) => kind.Labels is { } labels ? LocalisedLabels.Pick(labels, Language, kind.Kind) : kind.Kind;

    /// <summary>A timer's wait as admins read it: "14 days", "36 hours".</summary>
    public static string Duration(string after) => DefinitionValidator.ParseDuration(after) is { } t
        ? t.Ticks % TimeSpan.TicksPerDay == 0 ? Say("Duration_Days", (int)t.TotalDays) : Say("Duration_Hours", Math.Round(t.TotalHours, 1))
        : after;

    /// <summary>A condition as admins read it: its label with the number put in, "Not: …" when negated.</summary>
    public static string Condition(WorkflowDocumentKind? kind, string name, int? argument, bool negated)
    {
        var info = kind?.Conditions.FirstOrDefault(c => c.Name == name);
        var number = argument?.ToString(Culture) ?? "n";
        var label = info?.Labels is { } labels
            ? LocalisedLabels.Pick(labels, Language, name).Replace("{n}", number, StringComparison.Ordinal)
            : argument is null ? name : $"{name}({number})";
        return negated ? Say("Condition_Not", label) : label;
    }

    public static string Condition(WorkflowDocumentKind? kind, string condition)
    {
        var (negated, name, argument) = ConditionCatalogue.Parse(condition);
        return string.IsNullOrEmpty(name) ? condition : Condition(kind, name, argument, negated);
    }
}
