using Microsoft.Playwright;
using ModularReports.BuildingBlocks.Persistence;
using ModularReports.HostTesting;

namespace ModularReports.EndToEndTests;

[Collection(BrowserCollection.Name)]
public sealed class SingleSignOnTests(BrowserFixture fixture) : IAsyncLifetime
{
    private FakeIdentityProvider provider = null!;
    private HostFactory host = null!;

    public async Task InitializeAsync()
    {
        provider = await FakeIdentityProvider.StartAsync();
        host = await HostFactory.StartOnKestrelAsync(DatabaseProvider.Sqlite, new Dictionary<string, string?>
        {
            ["Identity:SingleSignOn:Authority"] = provider.Authority.ToString(),
            ["Identity:SingleSignOn:ClientId"] = FakeIdentityProvider.ClientId,
            ["Identity:SingleSignOn:ClientSecret"] = FakeIdentityProvider.ClientSecret,
            ["Identity:SingleSignOn:DisplayName"] = "IUCN Accounts",
            ["Identity:SingleSignOn:RequireHttpsMetadata"] = "false",
        });
    }

    public async Task DisposeAsync()
    {
        await host.DisposeAsync();
        await provider.DisposeAsync();
    }

    [Fact]
    public async Task A_verified_organisation_account_signs_in_as_the_local_user_with_that_email()
    {
        provider.NextUser = (DemoUsers.FocalPoint, true);
        var page = await fixture.Browser.OpenAsync(host, "/account/sign-in");

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in with IUCN Accounts" }).ClickAsync();

        await Assertions.Expect(page.GetByText("Signed in as Fatou Focal Point")).ToBeVisibleAsync();
        Assert.Equal(host.ServerAddress!.Authority, new Uri(page.Url).Authority);
    }

    [Theory]
    [InlineData("focal.point@demo.local", false, "the provider did not confirm that the email address is verified")]
    [InlineData("stranger@elsewhere.example", true, "no active account uses the verified address")]
    public async Task Without_a_verified_address_of_an_active_account_nobody_is_signed_in(string email, bool verified, string message)
    {
        provider.NextUser = (email, verified);
        var page = await fixture.Browser.OpenAsync(host, "/account/sign-in");

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in with IUCN Accounts" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync(message);
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Sign in" }).First).ToBeVisibleAsync();
    }
}

[Collection(BrowserCollection.Name)]
public sealed class SingleSignOnOffTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Without_a_configured_provider_the_sign_in_page_offers_none()
    {
        await using var host = await HostFactory.StartOnKestrelAsync(DatabaseProvider.Sqlite);
        var page = await fixture.Browser.OpenAsync(host, "/account/sign-in");

        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true })).ToBeVisibleAsync();
        Assert.Equal(0, await page.GetByRole(AriaRole.Button, new() { Name = "Sign in with IUCN Accounts" }).CountAsync());
    }
}
