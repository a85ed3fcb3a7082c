using System.Net.Http.Json;
using System.Text.Json;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using ModularReports.BuildingBlocks.Persistence;
using ModularReports.HostTesting;

namespace ModularReports.EndToEndTests;

/// <summary>
/// On a phone (390 px wide) no page of any role scrolls sideways, every page passes axe, and the menu folds away
/// behind a button so the page starts with its content.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SmallScreenTests(BrowserFixture fixture) : IAsyncLifetime
{
    private HostFactory host = null!;

    public async Task InitializeAsync() => host = await HostFactory.StartOnKestrelAsync(DatabaseProvider.Sqlite);

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task No_page_of_any_role_scrolls_sideways_on_a_phone()
    {
        var api = await host.ApiClientAsync(DemoUsers.Admin);
        var activity = FirstId(await api.GetFromJsonAsync<JsonElement>("/api/activity-reports"));
        var progress = FirstId(await api.GetFromJsonAsync<JsonElement>("/api/progress-reports"));
        var published = FirstId(await api.GetFromJsonAsync<JsonElement>("/api/public/progress-reports"));
        var resolution = await host.ResolutionAsync("WCC-2020-Res-054");
        string[] visitor = ["/", "/resolutions", $"/resolutions/{resolution}", "/dashboard", "/dashboard?periodId=all", "/reports", $"/reports/{published}",
            "/account/sign-in", "/reports/not-a-guid", "/questionnaires/activity-report", "/questionnaires/progress-report"];
        string[] reporter = ["/tasks", "/activity-reports", "/notifications", "/notifications/following", "/account"];
        string[] focalPoint = ["/tasks", "/follow-up", "/progress-reports", $"/progress-reports/{progress}", $"/activity-reports/{activity}"];
        string[] admin = ["/admin/users", "/admin/constituents", "/admin/imports", "/admin/workflows", "/admin/workflows/activity-report-review",
            "/admin/workflows/activity-report-review/publish", "/admin/workflows/activity-report-review/try", "/admin/workflows/activity-report-review/compare?from=1&to=0",
            "/admin/periods", "/admin/period-exports", "/admin/email-deliveries", "/resolutions?unassigned=true", $"/admin/resolutions/{resolution}"];

        var problems = new List<string>();
        foreach (var (who, paths) in new[] { ((string?)null, visitor), (DemoUsers.Reporter, reporter), (DemoUsers.FocalPoint, focalPoint), (DemoUsers.Admin, admin) })
        {
            var page = await PhoneAsync(who);
            foreach (var path in paths)
            {
                await page.GotoAsync(path);
                var scrollWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
                if (scrollWidth > 390)
                {
                    var widest = await page.EvaluateAsync<string>(
                        "() => [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > 390).map(e => e.tagName + '.' + e.className + '#' + e.id).slice(0, 8).join(', ')");
                    problems.Add($"{who ?? "visitor"} {path}: {scrollWidth} px wide ({widest})");
                }

                var axe = await page.RunAxe();
                problems.AddRange(axe.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"{who ?? "visitor"} {path}: {v.Id}"));
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public async Task On_a_phone_the_menu_folds_behind_a_button()
    {
        var page = await PhoneAsync(DemoUsers.Admin);
        var menu = page.MainNavigation();
        var toggle = page.GetByRole(AriaRole.Button, new() { Name = "Menu" });

        await Assertions.Expect(menu).ToBeHiddenAsync();
        await toggle.ClickAsync();
        await Assertions.Expect(menu).ToBeVisibleAsync();
        await Assertions.Expect(toggle).ToHaveAttributeAsync("aria-expanded", "true");
        await menu.GetByRole(AriaRole.Link, new() { Name = "Reporting periods" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Reporting periods");
        await Assertions.Expect(page.Locator("link[rel=icon]")).ToHaveAttributeAsync("href", "/favicon.svg");
    }

    private async Task<IPage> PhoneAsync(string? who)
    {
        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = host.ServerAddress!.ToString(), Locale = "en-GB", ViewportSize = new ViewportSize { Width = 390, Height = 844 }, IsMobile = true,
        });
        var page = await context.NewPageAsync();
        if (who is not null)
        {
            await page.SignInAsync(who);
        }

        return page;
    }

    private static Guid FirstId(JsonElement list) =>
        (list.ValueKind == JsonValueKind.Array ? list : list.GetProperty("items"))[0].GetProperty("id").GetGuid();
}
