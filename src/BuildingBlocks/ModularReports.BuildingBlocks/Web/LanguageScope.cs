using System.Globalization;

namespace ModularReports.BuildingBlocks.Web;

/// <summary>Switches the UI culture (resources, dates) for a block and restores it after.</summary>
public readonly struct LanguageScope : IDisposable
{
    private readonly CultureInfo previousUi;
    private readonly CultureInfo previous;

    public LanguageScope(string language)
    {
        previousUi = CultureInfo.CurrentUICulture;
        previous = CultureInfo.CurrentCulture;
        var culture = CultureInfo.GetCultureInfo(SupportedLanguages.OrDefault(language));
        CultureInfo.CurrentUICulture = culture;
        CultureInfo.CurrentCulture = culture;
    }

    /// <summary>A text in each of the <see cref="SupportedLanguages"/>, e.g. a resource's value for a vocabulary's labels.</summary>
    public static IReadOnlyDictionary<string, string> InEach(Func<string> text)
    {
        var texts = new Dictionary<string, string>();
        foreach (var language in SupportedLanguages.All)
        {
            using var _ = new LanguageScope(language);
            texts[language] = text();
        }

        return texts;
    }

    public void Dispose()
    {
        CultureInfo.CurrentUICulture = previousUi;
        CultureInfo.CurrentCulture = previous;
    }
}
