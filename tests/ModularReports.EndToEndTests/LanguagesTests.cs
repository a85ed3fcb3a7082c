using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using ModularReports.BuildingBlocks.Persistence;
using ModularReports.HostTesting;

namespace ModularReports.EndToEndTests;

/// <summary>
/// The story's key steps in French and in Spanish: a reporter starts, fills in and submits a report; the focal point
/// finds it in their tasks and opens it; a visitor reads a published report. No page they see holds any of the
/// application's English texts.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class LanguagesTests(BrowserFixture fixture) : IAsyncLifetime
{
    private HostFactory host = null!;

    public async Task InitializeAsync() => host = await HostFactory.StartOnKestrelAsync(DatabaseProvider.Sqlite);

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Theory]
    [InlineData("fr")]
    [InlineData("es")]
    public async Task The_key_steps_leave_no_English_on_the_pages(string language)
    {
        // The names of three constituents begin as their kinds' labels do ("IUCN Commission on Ecosystem Management", "IUCN
        // Secretariat", which a resolution's page names as following it up): data, not text.
        var english = UiText.EnglishPhrasesNotIn(language).Except(["IUCN Commission", "IUCN Council", "IUCN Secretariat"]).ToList();
        Assert.True(english.Count > 300, $"Only {english.Count} English texts to look for: the resource files were not found.");
        var seen = new List<string>();
        async Task ReadAsync(IPage page)
        {
            var text = await page.Locator("body").InnerTextAsync();
            seen.AddRange(english.Where(phrase => text.Contains(phrase, StringComparison.Ordinal)).Select(phrase => $"{page.Url}: “{phrase}”"));
        }

        // The reporter starts a report and fills it in.
        var reporter = await SignedInAsync(DemoUsers.Reporter, language);
        await reporter.GotoAsync("/activity-reports");
        await ReadAsync(reporter);
        var res054 = await host.ResolutionAsync("WCC-2020-Res-054");
        await reporter.Locator("#resolutionId").SelectOptionAsync(res054.ToString());
        await reporter.Locator("form[action*=Create] button[type=submit]").ClickAsync();
        await Assertions.Expect(reporter.Locator("[data-blocked-actions] button")).ToHaveCountAsync(1);
        await ReadAsync(reporter);
        await reporter.Locator("#periodFrom").FillAsync("2025-02-01");
        await reporter.Locator("#periodTo").FillAsync("2025-11-30");
        await reporter.Locator("#geographicScope").FillAsync("Kenya");
        await reporter.Locator("#action-0-category").SelectOptionAsync("Policy influencing/advocacy");
        await reporter.Locator("#action-0-description").FillAsync("Two marketplaces met.");
        await reporter.Locator("#results").FillAsync("- Both promised to review their rules.");
        await reporter.Locator("#geographicScope").FocusAsync();
        await Assertions.Expect(reporter.Locator("[data-action-buttons] button[value=submit]")).ToBeVisibleAsync();
        await ReadAsync(reporter);
        await reporter.Locator("[data-action-buttons] button[value=submit]").ClickAsync();
        await Assertions.Expect(reporter.Locator(".notice[role=status]")).ToBeVisibleAsync();
        await ReadAsync(reporter);

        // The focal point finds it in their tasks and opens it.
        var focalPoint = await SignedInAsync(DemoUsers.FocalPoint, language);
        await focalPoint.GotoAsync("/tasks");
        await ReadAsync(focalPoint);
        await focalPoint.Locator("table.data a[href^='/activity-reports/']").First.ClickAsync();
        await Assertions.Expect(focalPoint.Locator("[data-action-buttons] button[value=accept]")).ToBeVisibleAsync();
        await ReadAsync(focalPoint);
        await focalPoint.GotoAsync("/follow-up");
        await ReadAsync(focalPoint);

        // A visitor reads the published reports.
        var published = (await host.CreateClient().GetFromJsonAsync<JsonElement>("/api/public/progress-reports")).GetProperty("items")[0].GetProperty("id").GetGuid();
        var visitor = await fixture.Browser.OpenAsync(host, $"/reports?culture={language}");
        await ReadAsync(visitor);
        await visitor.GotoAsync($"/reports/{published}?culture={language}");
        await ReadAsync(visitor);
        await visitor.GotoAsync($"/resolutions/{res054}?culture={language}");
        await ReadAsync(visitor);
        await visitor.GotoAsync($"/dashboard?culture={language}&periodId=all");
        await ReadAsync(visitor);

        Assert.True(seen.Count == 0, string.Join("\n", seen.Distinct()));
    }

    private async Task<IPage> SignedInAsync(string email, string language)
    {
        var page = await fixture.Browser.OpenAsync(host);
        await page.SignInAsync(email);
        await page.GetByLabel("Language").SelectOptionAsync(language);
        await page.GetByRole(AriaRole.Button, new() { Name = "Change" }).ClickAsync();
        return page;
    }
}
