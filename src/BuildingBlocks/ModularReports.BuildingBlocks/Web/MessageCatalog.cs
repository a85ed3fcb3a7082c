using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace ModularReports.BuildingBlocks.Web;

/// <summary>
/// A module's messages in French and Spanish (an embedded <c>messages.json</c>), keyed by the English text the code
/// writes, as a message catalogue is keyed by its source text: <c>{0}</c>, <c>{1}</c>... stand for the values the code
/// puts in, and the translation places them (or leaves them out).
/// </summary>
public sealed record MessageTranslations(IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> ByEnglish)
{
    public static MessageTranslations FromEmbedded(Assembly assembly, string resourceName)
    {
        using var stream = assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"No embedded message catalogue '{resourceName}'.");
        return new MessageTranslations(JsonSerializer.Deserialize<Dictionary<string, Dictionary<string, string>>>(stream)!
            .ToDictionary(e => e.Key, e => (IReadOnlyDictionary<string, string>)e.Value));
    }
}

/// <summary>
/// Says the messages the application writes in English (validation failures, refusals) in the reader's language, at
/// the edge of each request (<see cref="Mediation.ReaderLanguageBehavior{TMessage,TResponse}"/>), so the code that
/// finds a problem only has to name it. A message no catalogue knows stays in English.
/// </summary>
public sealed partial class MessageCatalog(IEnumerable<MessageTranslations> catalogues)
{
    private readonly Lazy<IReadOnlyList<(Regex Pattern, IReadOnlyDictionary<string, string> Translations)>> entries = new(() => catalogues
        .SelectMany(c => c.ByEnglish)
        .OrderByDescending(e => e.Key.Length) // the most specific template first
        .Select(e => (new Regex("^" + Placeholder().Replace(Regex.Escape(e.Key).Replace(@"\{", "{", StringComparison.Ordinal), m => $"(?<p{m.Groups[1].Value}>.*?)") + "$",
            RegexOptions.Singleline | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100)), e.Value))
        .ToList());

    /// <summary>The message in the current UI language, when a catalogue has it.</summary>
    public string Say(string message)
    {
        var language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        if (language == SupportedLanguages.Default || string.IsNullOrEmpty(message))
        {
            return message;
        }

        foreach (var (pattern, translations) in entries.Value)
        {
            var match = pattern.Match(message);
            if (match.Success && translations.TryGetValue(language, out var translation))
            {
                return Placeholder().Replace(translation, m => match.Groups[$"p{m.Groups[1].Value}"].Value);
            }
        }

        return message;
    }

    [GeneratedRegex(@"\{(\d)\}")]
    private static partial Regex Placeholder();
}
