using System.Collections.Concurrent;
using System.Net.Http.Json;
using Microsoft.Playwright;
using ModularReports.BuildingBlocks.Persistence;
using ModularReports.HostTesting;

namespace ModularReports.EndToEndTests;

/// <summary>
/// The pages need nothing the content security policy forbids (inline scripts, other origins): Chromium reports every
/// refusal on the console, and there is none on any page an admin or a reporter reaches from the navigation.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ContentSecurityPolicyTests(BrowserFixture fixture) : IAsyncLifetime
{
    private HostFactory host = null!;

    public async Task InitializeAsync() => host = await HostFactory.StartOnKestrelAsync(DatabaseProvider.Sqlite);

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Theory]
    [InlineData(DemoUsers.Admin)]
    [InlineData(DemoUsers.Reporter)]
    public async Task Every_page_in_the_navigation_works_within_the_policy(string email)
    {
        var page = await fixture.Browser.OpenAsync(host);
        var refusals = new ConcurrentQueue<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
            {
                refusals.Enqueue($"{page.Url}: {message.Text}");
            }
        };
        await page.SignInAsync(email);

        var paths = new List<string>();
        foreach (var link in await page.MainNavigation().GetByRole(AriaRole.Link).AllAsync())
        {
            paths.Add(new Uri(new Uri(page.Url), await link.GetAttributeAsync("href")).PathAndQuery);
        }

        // Beyond the navigation: the job dashboard and the API reference, a report's editor (autosave).
        if (email == DemoUsers.Admin)
        {
            paths.AddRange(["/admin/jobs", "/scalar/"]);
        }
        else
        {
            var reporter = await host.ApiClientAsync(email);
            var resolution = await host.ResolutionAsync("WCC-2020-Res-054");
            var draft = await (await reporter.PostAsJsonAsync("/api/activity-reports", new { resolutionId = resolution })).JsonAsync();
            paths.Add($"/activity-reports/{draft.GetProperty("id").GetGuid()}");
        }

        foreach (var path in paths)
        {
            await page.GotoAsync(path);
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            if (path == "/scalar/")
            {
                // The reader started: it shows the document's operations.
                await Assertions.Expect(page.GetByText("The reporting periods and their due dates, latest first").First).ToBeVisibleAsync();
            }
        }

        Assert.True(refusals.IsEmpty, string.Join(Environment.NewLine, refusals));
    }
}
