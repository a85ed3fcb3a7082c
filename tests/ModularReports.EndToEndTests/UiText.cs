using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace ModularReports.EndToEndTests;

/// <summary>
/// The application's English texts (every resource file) that read differently in another language: a page in that
/// language holding one of them has English left on it. Each text is cut at its placeholders; the phrases kept are long
/// enough not to be a word both languages share.
/// </summary>
internal static partial class UiText
{
    public static IReadOnlyList<string> EnglishPhrasesNotIn(string language)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "UiText");
        var phrases = new HashSet<string>(StringComparer.Ordinal);
        foreach (var english in Directory.GetFiles(folder, "*.resx", SearchOption.AllDirectories).Where(f => Path.GetFileNameWithoutExtension(f).IndexOf('.') < 0))
        {
            var translated = Texts(Path.ChangeExtension(english, $".{language}.resx"));
            foreach (var (key, text) in Texts(english))
            {
                var other = translated.GetValueOrDefault(key) ?? string.Empty;
                foreach (var phrase in Placeholder().Split(text).Select(p => p.Trim(' ', '.', ':', ',', '(', ')', '"')))
                {
                    if (phrase.Length >= 12 && phrase.Contains(' ', StringComparison.Ordinal) && !other.Contains(phrase, StringComparison.Ordinal))
                    {
                        phrases.Add(phrase);
                    }
                }
            }
        }

        return [.. phrases];
    }

    /// <summary>One text of a resource file (<c>ReportingText</c>) in a language (<c>fr</c>, or <c>en</c> for the English file).</summary>
    public static string Text(string resource, string language, string key)
    {
        var name = language == "en" ? $"{resource}.resx" : $"{resource}.{language}.resx";
        var file = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "UiText"), name, SearchOption.AllDirectories).Single();
        return Texts(file)[key];
    }

    private static Dictionary<string, string> Texts(string file) =>
        File.Exists(file)
            ? XDocument.Load(file).Root!.Elements("data").ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? string.Empty)
            : [];

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();
}
