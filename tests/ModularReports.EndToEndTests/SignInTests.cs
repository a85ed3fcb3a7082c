using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using ModularReports.BuildingBlocks.Persistence;
using ModularReports.HostTesting;

namespace ModularReports.EndToEndTests;

[Collection(BrowserCollection.Name)]
public sealed class SignInTests(BrowserFixture fixture) : IAsyncLifetime
{
    private HostFactory host = null!;

    public async Task InitializeAsync() => host = await HostFactory.StartOnKestrelAsync(DatabaseProvider.Sqlite);

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Theory]
    [InlineData(DemoUsers.Admin, "Ada Admin", new[] { "Home", "Resolutions", "Dashboard", "Published reports", "My tasks", "Activity reports", "Progress reports", "Follow-up", "Constituents", "Imports", "Reporting periods", "Period exports", "Review rules", "E-mail deliveries", "Users", "My account" })]
    [InlineData(DemoUsers.FocalPoint, "Fatou Focal Point", new[] { "Home", "Resolutions", "Dashboard", "Published reports", "My tasks", "Activity reports", "Progress reports", "Follow-up", "My account" })]
    [InlineData(DemoUsers.Reporter, "Rafael Reporter", new[] { "Home", "Resolutions", "Dashboard", "Published reports", "My tasks", "Activity reports", "My account" })]
    public async Task Each_demo_role_signs_in_sees_its_navigation_and_signs_out(string email, string name, string[] navigation)
    {
        var page = await fixture.Browser.OpenAsync(host);

        await page.SignInAsync(email);

        await Assertions.Expect(page.GetByText($"Signed in as {name}")).ToBeVisibleAsync();
        var links = await page.MainNavigation().GetByRole(AriaRole.Link).AllInnerTextsAsync();
        Assert.Equal(navigation, links.Select(l => l.Trim()));

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Sign in" }).First).ToBeVisibleAsync();
        Assert.Equal(["Home", "Resolutions", "Dashboard", "Published reports"], (await page.MainNavigation().GetByRole(AriaRole.Link).AllInnerTextsAsync()).Select(l => l.Trim()));
    }

    [Fact]
    public async Task A_wrong_password_shows_a_clear_message_and_keeps_the_email()
    {
        var page = await fixture.Browser.OpenAsync(host);

        await page.SignInAsync(DemoUsers.Reporter, "not-my-password");

        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("The email or password is not correct.");
        await Assertions.Expect(page.GetByLabel("Email")).ToHaveValueAsync(DemoUsers.Reporter);
    }

    [Fact]
    public async Task Repeated_failures_lock_this_network_out_of_the_account_with_a_message_that_says_until_when()
    {
        var page = await fixture.Browser.OpenAsync(host);

        for (var i = 0; i < 5; i++)
        {
            await page.SignInAsync(DemoUsers.FocalPoint, $"guess-number-{i}");
        }

        await page.SignInAsync(DemoUsers.FocalPoint);

        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Too many failed sign-ins from your network. Try again after");
        Assert.EndsWith("/account/sign-in", new Uri(page.Url).AbsolutePath, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Switching_to_French_and_Spanish_changes_the_page_and_its_language()
    {
        var page = await fixture.Browser.OpenAsync(host, "/account/sign-in");

        await page.GetByLabel("Language").SelectOptionAsync("fr");
        await page.GetByRole(AriaRole.Button, new() { Name = "Change" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Connexion");
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "fr");
        Assert.EndsWith("/account/sign-in", new Uri(page.Url).AbsolutePath, StringComparison.Ordinal);

        await page.GetByLabel("Langue").SelectOptionAsync("es");
        await page.GetByRole(AriaRole.Button, new() { Name = "Changer" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Iniciar sesión");
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "es");
        await Assertions.Expect(page.GetByLabel("Contraseña", new() { Exact = true })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task The_browser_language_is_used_until_the_user_chooses_and_a_signed_in_choice_is_kept()
    {
        var page = await fixture.Browser.OpenAsync(host, "/", locale: "es-ES");
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "es");

        // The account's preference (English for the demo users) applies at sign-in; a new choice is saved to it.
        await page.GotoAsync("/account/sign-in");
        await page.GetByLabel("Correo electrónico").FillAsync(DemoUsers.Reporter);
        await page.GetByLabel("Contraseña", new() { Exact = true }).FillAsync(DemoUsers.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Iniciar sesión", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");

        await page.GetByLabel("Language").SelectOptionAsync("fr");
        await page.GetByRole(AriaRole.Button, new() { Name = "Change" }).ClickAsync();
        await page.Context.ClearCookiesAsync();

        var again = await fixture.Browser.OpenAsync(host, "/", locale: "es-ES");
        await again.SignInInSpanishAsync(DemoUsers.Reporter);
        await Assertions.Expect(again.Locator("html")).ToHaveAttributeAsync("lang", "fr");
        await Assertions.Expect(again.GetByText("Connecté en tant que Rafael Reporter")).ToBeVisibleAsync();
    }

    [Theory]
    [InlineData("/account/sign-in")]
    [InlineData("/")]
    [InlineData("/resolutions")]
    [InlineData("/reports")]
    public async Task The_page_has_no_serious_or_critical_accessibility_violations(string path)
    {
        var page = await fixture.Browser.OpenAsync(host, path);

        var results = await page.RunAxe();

        var serious = results.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(serious.Count == 0, string.Join(Environment.NewLine, serious.Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Html))}")));
    }

    [Fact]
    public async Task Every_input_is_reachable_by_keyboard_with_a_visible_focus()
    {
        var page = await fixture.Browser.OpenAsync(host, "/account/sign-in");

        var reached = new List<string>();
        for (var i = 0; i < 12; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var focused = await page.EvaluateAsync<string[]>(
                "() => { const e = document.activeElement; return [e === document.body ? '' : e.id || e.textContent.trim(), getComputedStyle(e).outlineStyle]; }");
            if (focused[0].Length == 0)
            {
                continue; // the first Tab may only give the document itself focus
            }

            reached.Add(focused[0]);
            Assert.True(focused[1] != "none", $"no visible focus on {focused[0]}");
        }

        Assert.Equal("Skip to main content", reached[0]);
        Assert.Contains("Input_Email", reached);
        Assert.Contains("Input_Password", reached);
        Assert.Contains("Input_RememberMe", reached);
    }
}

internal static class SpanishPages
{
    public static async Task SignInInSpanishAsync(this IPage page, string email)
    {
        await page.GotoAsync("/account/sign-in");
        await page.GetByLabel("Correo electrónico").FillAsync(email);
        await page.GetByLabel("Contraseña", new() { Exact = true }).FillAsync(DemoUsers.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Iniciar sesión", Exact = true }).ClickAsync();
    }
}
