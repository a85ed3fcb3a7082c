using Microsoft.Playwright;
using ModularReports.BuildingBlocks.Persistence;
using ModularReports.HostTesting;

namespace ModularReports.EndToEndTests;

[Collection(BrowserCollection.Name)]
public sealed class CatalogueTests(BrowserFixture fixture) : IAsyncLifetime
{
    private HostFactory host = null!;

    public async Task InitializeAsync() => host = await HostFactory.StartOnKestrelAsync(DatabaseProvider.Sqlite);

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task A_visitor_finds_a_resolution_by_its_hyphenated_code()
    {
        var page = await fixture.Browser.OpenAsync(host, "/");

        await page.MainNavigation().GetByRole(AriaRole.Link, new() { Name = "Resolutions" }).ClickAsync();
        await page.GetByLabel("Code or words of the title").FillAsync("WCC-2020-Res-054");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();

        await Assertions.Expect(page.GetByText("1 result(s)")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "WCC 2020 Res 054" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("WCC 2020 Res 054");
        await Assertions.Expect(page.GetByText("Engaging the private sector to combat wildlife trafficking")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task An_admin_imports_a_file_with_a_bad_row_sees_the_line_fixes_it_and_imports_it()
    {
        var page = await fixture.Browser.OpenAsync(host, "/");
        await page.SignInAsync(DemoUsers.Admin);
        var folder = Directory.CreateTempSubdirectory("mr-import-").FullName;
        var file = Path.Combine(folder, "resolutions.csv");
        await File.WriteAllTextAsync(file, "congress,type,number,title\nWCC 2020,Resolution,1,Strengthening the Secretariat\nWCC 2020,Resolution,x,Protecting pollinators\n");

        await page.MainNavigation().GetByRole(AriaRole.Link, new() { Name = "Imports" }).ClickAsync();
        await page.GetByLabel("File").SetInputFilesAsync(file);
        await page.GetByRole(AriaRole.Button, new() { Name = "Import", Exact = true }).ClickAsync();

        await Assertions.Expect(page.GetByText("Not imported: the file has invalid rows")).ToBeVisibleAsync(new() { Timeout = 20_000 });
        var errorRow = page.GetByRole(AriaRole.Row).Filter(new() { HasText = "number" });
        await Assertions.Expect(errorRow.GetByRole(AriaRole.Cell).First).ToHaveTextAsync("3");

        await File.WriteAllTextAsync(file, "congress,type,number,title\nWCC 2020,Resolution,1,Strengthening the Secretariat\nWCC 2020,Resolution,2,Protecting pollinators\n");
        await page.GetByRole(AriaRole.Link, new() { Name = "← Imports" }).ClickAsync();
        await page.GetByLabel("File").SetInputFilesAsync(file);
        await page.GetByRole(AriaRole.Button, new() { Name = "Import", Exact = true }).ClickAsync();

        await Assertions.Expect(page.GetByText("2 added, 0 updated, 0 unchanged.")).ToBeVisibleAsync(new() { Timeout = 20_000 });
        await page.GotoAsync("/resolutions?q=pollinators");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "WCC 2020 Res 002" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task An_admin_assigns_a_focal_point_to_a_resolution()
    {
        var page = await fixture.Browser.OpenAsync(host, "/");
        await page.SignInAsync(DemoUsers.Admin);

        await page.GotoAsync("/resolutions?q=WCC-2020-Res-108");
        await page.GetByRole(AriaRole.Link, new() { Name = "WCC 2020 Res 108" }).ClickAsync();
        await Assertions.Expect(page.GetByText("No focal point yet")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Manage the focal points" }).ClickAsync();
        await Assertions.Expect(page.GetByText("No focal point is assigned yet.")).ToBeVisibleAsync();
        await page.GetByLabel("Person").SelectOptionAsync(new SelectOptionValue { Label = "Fatou Focal Point (focal.point@demo.local)" });
        await page.GetByLabel("Acts for").SelectOptionAsync(new SelectOptionValue { Label = "IUCN Species Survival Commission 2021-2025 (SSC)" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Assign a focal point" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("The focal points have been updated.");
        var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Fatou Focal Point" });
        await Assertions.Expect(row).ToContainTextAsync("IUCN Species Survival Commission 2021-2025 (SSC)");

        // The resolution's public page says who follows it up: the body for everyone, the person for colleagues.
        await page.GetByRole(AriaRole.Link, new() { Name = "← WCC 2020 Res 108" }).ClickAsync();
        await Assertions.Expect(page.Locator("dd").Filter(new() { HasText = "IUCN Species Survival Commission" })).ToContainTextAsync("Fatou Focal Point");
    }
}
