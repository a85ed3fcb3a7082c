using System.Globalization;
using ModularReports.Constituencies.Domain;

namespace ModularReports.Constituencies.Tests;

/// <summary>A country has one name per language, from CLDR, whatever the server's own locale data holds.</summary>
public sealed class CountryNamesTests
{
    [Theory]
    [InlineData("CN", "China", "Chine", "China")]
    [InlineData("JP", "Japan", "Japon", "Japón")]
    [InlineData("SN", "Senegal", "Sénégal", "Senegal")]
    [InlineData("BR", "Brazil", "Brésil", "Brasil")]
    [InlineData("RU", "Russian Federation", "Russie", "Rusia")]
    [InlineData("US", "United States of America", "États-Unis", "Estados Unidos")]
    public void A_country_is_named_in_the_readers_language(string code, string english, string french, string spanish)
    {
        Assert.Equal([english, french, spanish], new[] { "en", "fr", "es" }.Select(language => NameIn(language, code)));
        Assert.Equal(english, NameIn("de", code)); // a language the application does not speak reads English
    }

    [Fact]
    public void Only_countries_are_known()
    {
        Assert.True(Countries.IsKnown("ke"));
        Assert.True(Countries.IsKnown("XK"));
        Assert.False(Countries.IsKnown("EU"));
        Assert.False(Countries.IsKnown("001"));
        Assert.InRange(Countries.All.Count(), 240, 270);
    }

    private static string NameIn(string language, string code)
    {
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo(language);
        try
        {
            return Countries.Name(code);
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }
}
