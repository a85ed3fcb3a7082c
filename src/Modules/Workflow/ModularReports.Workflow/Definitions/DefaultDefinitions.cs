using System.Text.Json;

namespace ModularReports.Workflow.Definitions;

/// <summary>The definitions shipped with the application (Definitions/Defaults/*.json); admins change them as new versions.</summary>
internal static class DefaultDefinitions
{
    public const string ActivityReportReview = "activity-report-review";
    public const string ProgressReportReview = "progress-report-review";

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        // A misspelt property ("hiddenFromReviewer") is an error at its path, not a rule silently left out.
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>
    /// How the designer writes a definition: like the shipped files, leaving out what is false, empty or absent, so the
    /// JSON an expert reads holds only what the rules say.
    /// </summary>
    public static readonly JsonSerializerOptions Writing = new(Json)
    {
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingDefault,
        TypeInfoResolver = new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver
        {
            Modifiers =
            {
                info =>
                {
                    foreach (var property in info.Properties.Where(p => !p.IsRequired && p.PropertyType != typeof(string) && typeof(System.Collections.IEnumerable).IsAssignableFrom(p.PropertyType)))
                    {
                        property.ShouldSerialize = (_, value) => value is not System.Collections.ICollection { Count: 0 };
                    }
                },
            },
        },
    };

    public static string Write(WorkflowDefinitionModel definition) => JsonSerializer.Serialize(definition, Writing);

    public static IReadOnlyList<string> Keys { get; } = [ActivityReportReview, ProgressReportReview];

    /// <summary>The kind of document each shipped definition reviews: what it applies to until admins choose otherwise.</summary>
    public static string KindOf(string key) => Load(key).DocumentKind;

    public static string Text(string key)
    {
        using var stream = typeof(DefaultDefinitions).Assembly.GetManifestResourceStream($"ModularReports.Workflow.Definitions.Defaults.{key}.json")
            ?? throw new InvalidOperationException($"No default definition '{key}'.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    public static WorkflowDefinitionModel Load(string key) => Parse(Text(key));

    public static WorkflowDefinitionModel Parse(string json) =>
        JsonSerializer.Deserialize<WorkflowDefinitionModel>(json, Json) ?? throw new JsonException("The definition is empty.");
}
