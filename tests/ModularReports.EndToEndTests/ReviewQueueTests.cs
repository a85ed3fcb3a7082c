using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using ModularReports.BuildingBlocks.Persistence;
using ModularReports.HostTesting;

namespace ModularReports.EndToEndTests;

/// <summary>Two focal points of a resolution work from one queue: they take review steps, give them, and accept a batch.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ReviewQueueTests(BrowserFixture fixture) : IAsyncLifetime
{
    private HostFactory host = null!;

    public async Task InitializeAsync() => host = await HostFactory.StartOnKestrelAsync(DatabaseProvider.Sqlite);

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task Focal_points_take_review_steps_see_each_others_and_accept_several_reports_with_one_comment()
    {
        var reporter = await host.ApiClientAsync(DemoUsers.Reporter);
        await host.AssignedFocalPointAsync("second.reviewer@iucn.example", "WCC-2020-Res-054");
        await host.SubmittedActivityReportAsync(reporter);
        await host.SubmittedActivityReportAsync(reporter);
        var third = await host.SubmittedActivityReportAsync(reporter);

        var colleague = await fixture.Browser.OpenAsync(host);
        await colleague.SignInAsync("second.reviewer@iucn.example", HostPeople.Password);
        await colleague.GotoAsync($"/activity-reports/{third}");
        var step = colleague.GetByRole(AriaRole.Region, new() { Name = "Review step" });
        await step.GetByRole(AriaRole.Button, new() { Name = "Take it" }).ClickAsync();
        await Assertions.Expect(colleague.GetByRole(AriaRole.Status).First).ToHaveTextAsync("The review is in your hands: your colleagues see it.");
        await Assertions.Expect(colleague.Locator(".thread")).ToContainTextAsync("took this review in hand");

        var page = await fixture.Browser.OpenAsync(host);
        await page.SignInAsync(DemoUsers.FocalPoint);
        await page.GotoAsync("/tasks");
        await Assertions.Expect(page.GetByRole(AriaRole.Region, new() { Name = "In a colleague's hands" })).ToContainTextAsync("second.reviewer has it in hand");
        var open = page.GetByRole(AriaRole.Region, new() { Name = "To do" });
        await open.GetByRole(AriaRole.Button, new() { Name = "Take it" }).First.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status).First).ToHaveTextAsync("The review step is yours: your colleagues see it in your hands.");
        await Assertions.Expect(page.GetByRole(AriaRole.Region, new() { Name = "In your hands" }).GetByRole(AriaRole.Row)).ToHaveCountAsync(2); // header and one report
        var accessibility = await page.RunAxe();
        Assert.Empty(accessibility.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"{v.Id}: {v.Help}"));

        foreach (var box in await page.Locator("input[name=ids]").AllAsync())
        {
            await box.CheckAsync();
        }

        var batch = page.GetByRole(AriaRole.Region, new() { Name = "Several activity reports at once" });
        await batch.GetByLabel("What to do").SelectOptionAsync(new SelectOptionValue { Label = "Accept" });
        await batch.GetByLabel("Comment for all of them").FillAsync("Clear and well documented, thank you.");
        await batch.GetByRole(AriaRole.Button, new() { Name = "Do it for the ticked reports" }).ClickAsync();

        var result = page.GetByRole(AriaRole.Region, new() { Name = "What was done" });
        await Assertions.Expect(result.GetByRole(AriaRole.Listitem)).ToHaveCountAsync(2); // the colleague's report was not offered
        await Assertions.Expect(result).Not.ToContainTextAsync("not done");
        await Assertions.Expect(page.GetByRole(AriaRole.Region, new() { Name = "Done lately" })).ToContainTextAsync("Accept");
    }
}
