namespace ModularReports.Workflow.Definitions;

internal static class LocalisedLabels
{
    /// <summary>The label in the language asked for, else the English one, else the key. A blank label counts as none.</summary>
    public static string Pick(IReadOnlyDictionary<string, string> labels, string language, string fallback) =>
        labels.GetValueOrDefault(language) is { } label && !string.IsNullOrWhiteSpace(label) ? label
        : labels.GetValueOrDefault("en") is { } english && !string.IsNullOrWhiteSpace(english) ? english
        : fallback;

    public static string Label(this StateModel state, string language) => Pick(state.Labels, language, state.Key);

    public static string Label(this TransitionModel transition, string language) => Pick(transition.Labels, language, transition.Trigger);

    /// <summary>The name of the definition's state with this key, or the key itself when no state has it.</summary>
    public static string StateLabel(this WorkflowDefinitionModel definition, string? key, string language) =>
        definition.States.FirstOrDefault(s => s.Key == key) is { } state ? state.Label(language) : key ?? string.Empty;
}
