using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using ModularReports.BuildingBlocks.Persistence;
using ModularReports.BuildingBlocks.Web;
using ModularReports.HostTesting;

namespace ModularReports.Host.Tests;

/// <summary>Every message a module's catalogue lists is said in French and in Spanish, naming only values the English gives.</summary>
public sealed partial class MessageCatalogueTests
{
    [Fact]
    public async Task Every_catalogued_message_has_French_and_Spanish_with_its_values()
    {
        await using var host = await HostFactory.StartAsync(DatabaseProvider.Sqlite);
        var catalogues = host.Services.GetServices<MessageTranslations>().ToList();

        Assert.True(catalogues.Count >= 3, "The Reporting, Constituencies and Identity catalogues are registered.");
        var problems = new List<string>();
        foreach (var (english, translations) in catalogues.SelectMany(c => c.ByEnglish))
        {
            var values = Placeholder().Matches(english).Select(m => m.Value).ToHashSet();
            foreach (var language in new[] { "fr", "es" })
            {
                if (!translations.TryGetValue(language, out var text) || string.IsNullOrWhiteSpace(text))
                {
                    problems.Add($"{language} missing: {english}");
                }
                else if (Placeholder().Matches(text).Any(m => !values.Contains(m.Value)))
                {
                    problems.Add($"{language} names a value the English does not give: {english}");
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [GeneratedRegex(@"\{\d\}")]
    private static partial Regex Placeholder();
}
