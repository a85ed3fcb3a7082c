using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using ModularReports.BuildingBlocks.Persistence;
using ModularReports.HostTesting;
using ModularReports.Workflow.Contracts;

namespace ModularReports.EndToEndTests;

[Collection(BrowserCollection.Name)]
public sealed class WorkflowDesignerTests(BrowserFixture fixture) : IAsyncLifetime
{
    private HostFactory host = null!;

    public async Task InitializeAsync() => host = await HostFactory.StartOnKestrelAsync(DatabaseProvider.Sqlite);

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task An_admin_adds_a_legal_check_publishes_it_and_only_new_documents_follow_it()
    {
        var older = await RuntimeAsync(r => r.StartAsync("progress-report-review", CancellationToken.None));
        var page = await fixture.Browser.OpenAsync(host, "/");
        await page.SignInAsync(DemoUsers.Admin);

        await page.MainNavigation().GetByRole(AriaRole.Link, new() { Name = "Review rules" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Progress report review" }).ClickAsync();
        var editor = page.GetByLabel("Definition (JSON, see docs/workflow-definitions.md)");
        var json = JsonNode.Parse(await editor.InputValueAsync())!;

        // A first attempt with a typo: the problem is shown next to the text, and publishing is refused.
        json["states"]!.AsArray().Add(new JsonObject { ["key"] = "legalCheck", ["labels"] = new JsonObject { ["en"] = "Legal check", ["fr"] = "Contrôle juridique", ["es"] = "Control jurídico" } });
        json["transitions"]!.AsArray().Add(new JsonObject
        {
            ["trigger"] = "sendToLegal", ["from"] = new JsonArray("inReview"), ["to"] = "legalChek",
            ["allowedActors"] = new JsonArray("assignedFocalPoint", "admin"), ["excludedActors"] = new JsonArray("submitter"),
            ["labels"] = new JsonObject { ["en"] = "Send to the legal check", ["fr"] = "Envoyer au contrôle juridique", ["es"] = "Enviar al control jurídico" },
        });
        foreach (var transition in json["transitions"]!.AsArray().Where(t => t!["trigger"]!.GetValue<string>() == "approve"))
        {
            transition!["from"] = new JsonArray("legalCheck");
        }

        await editor.FillAsync(json.ToJsonString(new() { WriteIndented = true }));
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the draft" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Unknown state 'legalChek'.")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Publish as a new version" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("The draft cannot be published");

        json["transitions"]!.AsArray().Last()!["to"] = "legalCheck";
        await editor.FillAsync(json.ToJsonString(new() { WriteIndented = true }));
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the draft" }).ClickAsync();
        await Assertions.Expect(page.GetByText("The draft is valid and can be published.")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Publish as a new version" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Version 2 is published: new documents start on it.");
        await Assertions.Expect(page.Locator(".diagram svg")).ToContainTextAsync("Legal check");
        await page.GetByRole(AriaRole.Link, new() { Name = "Move running documents to version 2 (dry run first)" }).ClickAsync();
        await Assertions.Expect(page.GetByText("No unfinished document is on an older version.")).ToBeVisibleAsync(); // no progress reports yet
        await page.GoBackAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "with the previous version" }).ClickAsync();
        await Assertions.Expect(page.Locator("pre.diff .inserted").First).ToBeVisibleAsync();

        var newer = await RuntimeAsync(r => r.StartAsync("progress-report-review", CancellationToken.None));
        var reviewer = new WorkflowActorContext(Guid.NewGuid(), new HashSet<string> { WorkflowActors.Admin }, Guid.NewGuid(), new AllHold());
        var olderActions = await RuntimeAsync(async r => (await r.ActionsAsync(older with { State = "inReview" }, reviewer, "en", CancellationToken.None)).Available);
        var newerActions = await RuntimeAsync(async r => (await r.ActionsAsync(newer with { State = "inReview" }, reviewer, "en", CancellationToken.None)).Available);
        Assert.Equal((1, 2), (older.Version, newer.Version));
        Assert.Contains(olderActions, a => a.Trigger == "approve");
        Assert.Equal(["return", "sendToLegal"], newerActions.Select(a => a.Trigger));
    }

    private async Task<T> RuntimeAsync<T>(Func<IWorkflowRuntime, Task<T>> use)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await use(scope.ServiceProvider.GetRequiredService<IWorkflowRuntime>());
    }

    private sealed class AllHold : IWorkflowConditions
    {
        public ValueTask<bool> HoldsAsync(string name, int? argument, CancellationToken cancellationToken) => ValueTask.FromResult(true);
    }
}
