using System.Globalization;
using ModularReports.BuildingBlocks.Web;

namespace ModularReports.BuildingBlocks.Tests;

public sealed class MessageCatalogTests
{
    private static readonly MessageCatalog Catalog = new([
        new MessageTranslations(new Dictionary<string, IReadOnlyDictionary<string, string>>
        {
            ["At most {0} characters."] = new Dictionary<string, string> { ["fr"] = "Au plus {0} caractères.", ["es"] = "Como máximo {0} caracteres." },
            ["{0} is already on line {1}."] = new Dictionary<string, string> { ["fr"] = "{0} figure déjà à la ligne {1}." },
            ["{0} ({1}) is already on line {2}."] = new Dictionary<string, string> { ["fr"] = "{0} ({1}) figure déjà à la ligne {2}." },
            ["Use one of: {0}."] = new Dictionary<string, string> { ["fr"] = "Valeurs possibles : {0}." },
        }),
    ]);

    [Theory]
    [InlineData("fr", "At most 1000 characters.", "Au plus 1000 caractères.")]
    [InlineData("es", "At most 1000 characters.", "Como máximo 1000 caracteres.")]
    [InlineData("fr", "WCC 2020 Res 054 is already on line 3.", "WCC 2020 Res 054 figure déjà à la ligne 3.")]
    [InlineData("fr", "KWS (KE) is already on line 7.", "KWS (KE) figure déjà à la ligne 7.")] // the more specific text wins
    [InlineData("fr", "Use one of: A; B.", "Valeurs possibles : A; B.")]
    [InlineData("es", "KWS (KE) is already on line 7.", "KWS (KE) is already on line 7.")] // no Spanish for it: English stays
    [InlineData("fr", "Something nobody translated.", "Something nobody translated.")]
    [InlineData("en", "At most 1000 characters.", "At most 1000 characters.")]
    public void A_message_is_said_in_the_readers_language_with_its_values(string language, string english, string expected)
    {
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo(language);
        try
        {
            Assert.Equal(expected, Catalog.Say(english));
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }
}
