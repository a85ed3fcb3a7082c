using System.Globalization;
using System.Text.Json;
using Deque.AxeCore.Playwright;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using ModularReports.BuildingBlocks.Persistence;
using ModularReports.HostTesting;
using ModularReports.Workflow.Contracts;
using Xunit.Abstractions;

namespace ModularReports.EndToEndTests;

[Collection(BrowserCollection.Name)]
public sealed class WorkflowDesignerTests(BrowserFixture fixture, ITestOutputHelper output) : IAsyncLifetime
{
    private const string Designer = "/admin/workflows/progress-report-review";

    private HostFactory host = null!;

    public async Task InitializeAsync() => host = await HostFactory.StartOnKestrelAsync(DatabaseProvider.Sqlite);

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task An_admin_adds_a_legal_check_in_the_forms_publishes_it_and_only_new_documents_follow_it()
    {
        var older = await RuntimeAsync(r => r.StartAsync("progress-report-review", CancellationToken.None));
        var page = await fixture.Browser.OpenAsync(host, "/");
        await page.SignInAsync(DemoUsers.Admin);

        await page.MainNavigation().GetByRole(AriaRole.Link, new() { Name = "Review rules" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Progress report review" }).First.ClickAsync();
        await Assertions.Expect(page.Locator("#diagram svg")).ToContainTextAsync("In review");

        // A state and a transition, each one button; the new transition's target is forgotten at first.
        // Each addition posts the form; the page that comes back has one part more, which is the one to fill in.
        var states = page.Locator("details[id^=state-]");
        var stateCount = await states.CountAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Add a state" }).ClickAsync();
        await Assertions.Expect(states).ToHaveCountAsync(stateCount + 1);
        var legal = states.Last;
        await legal.GetByLabel("Name in English").FillAsync("Legal check");
        await legal.GetByLabel("Name in French").FillAsync("Contrôle juridique");
        await legal.GetByLabel("Name in Spanish").FillAsync("Control jurídico");
        var transitions = page.Locator("details[id^=transition-]");
        var transitionCount = await transitions.CountAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Add a transition" }).ClickAsync();
        await Assertions.Expect(transitions).ToHaveCountAsync(transitionCount + 1);
        var send = transitions.Last;
        await send.GetByLabel("Button text in English").FillAsync("Send to the legal check");
        await send.GetByLabel("Button text in French").FillAsync("Envoyer au contrôle juridique");
        await send.GetByLabel("Button text in Spanish").FillAsync("Enviar al control jurídico");
        await send.GetByRole(AriaRole.Group, new() { Name = "Leaves from" }).GetByLabel("In review").CheckAsync();
        var who = send.GetByRole(AriaRole.Group, new() { Name = "Who may take it" });
        await who.GetByLabel("The resolution's focal points").CheckAsync();
        await who.GetByLabel("Administrators").CheckAsync();
        await send.GetByRole(AriaRole.Group, new() { Name = "Who may not, even if allowed above" }).GetByLabel("The person who submitted (four eyes)").CheckAsync();

        // Checked as typed, in plain words beside the field and in the list, never a JSON path.
        await Assertions.Expect(send.Locator("[data-field$='.To'] .field-problem")).ToHaveTextAsync("Choose the state it goes to.");
        await Assertions.Expect(send.Locator(".field-problem")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("#problems")).ToContainTextAsync("Transition 'Send to the legal check': Choose the state it goes to.");
        await Assertions.Expect(page.Locator("#problems")).Not.ToContainTextAsync("$.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Publish as a new version" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("cannot be published");

        send = page.Locator("details[id^=transition-]").Last;
        await send.GetByLabel("Goes to").SelectOptionAsync(new SelectOptionValue { Label = "Legal check" });
        var approve = page.Locator("details[id^=transition-]", new() { Has = page.Locator("summary", new() { HasText = "Approve → Approved" }) });
        await approve.Locator("summary").ClickAsync();
        var approveFrom = approve.GetByRole(AriaRole.Group, new() { Name = "Leaves from" });
        await approveFrom.GetByLabel("Submitted").UncheckAsync();
        await approveFrom.GetByLabel("In review").UncheckAsync();
        await approveFrom.GetByLabel("Legal check").CheckAsync();
        await Assertions.Expect(page.Locator("#designer-status")).ToContainTextAsync("The draft is valid and can be published.");
        await Assertions.Expect(page.Locator("#diagram svg")).ToContainTextAsync("Send to the legal check");
        await Assertions.Expect(page.Locator("#outline")).ToContainTextAsync("Send to the legal check → Legal check, by The resolution's focal points, Administrators");
        await Assertions.Expect(page.Locator("#json-view")).ToContainTextAsync("\"excludedActors\"");
        var accessibility = await page.RunAxe();
        Assert.Empty(accessibility.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"{v.Id}: {v.Help}"));
        await ScreenshotAsync(page, "workflow-designer");

        // Publishing asks first, saying what changes and what becomes of the reports already under way.
        await page.GetByRole(AriaRole.Button, new() { Name = "Publish as a new version" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Publish version 2 of 'Progress report review'?");
        var changes = page.Locator("ul.changes");
        await Assertions.Expect(changes).ToContainTextAsync("State 'Legal check'");
        await Assertions.Expect(changes).ToContainTextAsync("Leaves from: Legal check (was: Submitted, In review)");
        await Assertions.Expect(page.GetByText("Finished, keep their version: 1")).ToBeVisibleAsync(); // the demo's published report
        await Assertions.Expect(page.GetByText("Would be stuck, their state is not in version 2: 0")).ToBeVisibleAsync();
        await ScreenshotAsync(page, "workflow-publish");
        await page.GetByRole(AriaRole.Button, new() { Name = "Publish version 2" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status).First).ToHaveTextAsync("Version 2 is published: new documents start on it.");
        await page.GetByRole(AriaRole.Link, new() { Name = "Move running documents to version 2 (dry run first)" }).ClickAsync();
        await Assertions.Expect(page.GetByText("No unfinished document is on an older version.")).ToBeVisibleAsync(); // no progress reports yet
        await page.GoBackAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "with the previous version" }).ClickAsync();
        await Assertions.Expect(page.Locator("ul.changes")).ToContainTextAsync("Transition 'Send to the legal check'");

        var newer = await RuntimeAsync(r => r.StartAsync("progress-report-review", CancellationToken.None));
        var reviewer = new WorkflowActorContext(Guid.NewGuid(), new HashSet<string> { WorkflowActors.Admin }, Guid.NewGuid(), new AllHold());
        var olderActions = await RuntimeAsync(async r => (await r.ActionsAsync(older with { State = "inReview" }, reviewer, "en", CancellationToken.None)).Available);
        var newerActions = await RuntimeAsync(async r => (await r.ActionsAsync(newer with { State = "inReview" }, reviewer, "en", CancellationToken.None)).Available);
        Assert.Equal((1, 2), (older.Version, newer.Version));
        Assert.Contains(olderActions, a => a.Label == "Approve");
        Assert.Equal(["Return with comments", "Send to the legal check"], newerActions.Select(a => a.Label));
    }

    [Fact]
    public async Task A_part_others_refer_to_is_removed_only_after_the_admin_reads_what_goes_with_it()
    {
        var page = await fixture.Browser.OpenAsync(host, "/");
        await page.SignInAsync(DemoUsers.Admin);
        await page.GotoAsync(Designer);

        var approved = page.Locator("details[id^=state-]", new() { Has = page.Locator("summary", new() { HasText = "Approved" }) });
        await approved.Locator("summary").ClickAsync();
        await approved.GetByRole(AriaRole.Button, new() { Name = "Remove State 'Approved'" }).ClickAsync();

        var confirm = page.Locator("#confirm-removal");
        await Assertions.Expect(confirm.GetByRole(AriaRole.Heading)).ToHaveTextAsync("Remove State 'Approved'?");
        await Assertions.Expect(confirm).ToContainTextAsync("The transition 'Publish' goes to it or leaves only from it: it is removed too.");
        await Assertions.Expect(confirm).ToContainTextAsync("The timer in 'Approved' is removed too.");
        await ScreenshotAsync(page, "workflow-designer-removal");
        await confirm.GetByRole(AriaRole.Button, new() { Name = "Remove it and change these" }).ClickAsync();

        await Assertions.Expect(page.Locator("details[id^=state-] summary", new() { HasText = "Approved" })).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("#outline")).Not.ToContainTextAsync("Publish →");
    }

    [Fact]
    public async Task An_admin_tries_the_draft_as_each_person_without_touching_real_reports()
    {
        var page = await fixture.Browser.OpenAsync(host, "/");
        await page.SignInAsync(DemoUsers.Admin);
        await page.GotoAsync(Designer);

        await page.GetByRole(AriaRole.Button, new() { Name = "Try it" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Try the rules: Progress report review");
        var author = page.GetByRole(AriaRole.Region, new() { Name = "The author", Exact = true });
        await author.GetByRole(AriaRole.Button, new() { Name = "Submit for approval → Submitted" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("The pretend report is now: Submitted");
        await Assertions.Expect(page.Locator(".sandbox-history")).ToContainTextAsync("The resolution's focal points, Administrators would be told: Waits for your review");
        await Assertions.Expect(author).Not.ToContainTextAsync("Approve"); // the submitter may not approve: four eyes

        await page.GetByRole(AriaRole.Region, new() { Name = "Focal point 1" }).GetByRole(AriaRole.Button, new() { Name = "Approve → Approved" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Region, new() { Name = "Timers running" })).ToContainTextAsync("after 3 days: Publish automatically");
        var accessibility = await page.RunAxe();
        Assert.Empty(accessibility.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"{v.Id}: {v.Help}"));
        await ScreenshotAsync(page, "workflow-try");
        await page.GetByRole(AriaRole.Button, new() { Name = "Let the time pass" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("The pretend report is now: Published It has reached a final state.");
        await Assertions.Expect(page.Locator(".sandbox-history > li")).ToHaveCountAsync(3);
    }

    [Fact]
    public async Task An_admin_creates_rules_publishes_them_and_chooses_them_for_the_Recommendations_of_a_Congress()
    {
        var admin = await host.ApiClientAsync(DemoUsers.Admin);
        await admin.ImportAsync("resolutions", "recommendation.csv", Imports.Csv(
            "code,congress,type,number,title,title_fr,title_es,motion_number", "WCC-2020-Rec-150,WCC 2020,Recommendation,150,Protecting old-growth forests,,,"));
        var page = await fixture.Browser.OpenAsync(host, "/");
        await page.SignInAsync(DemoUsers.Admin);
        await page.GotoAsync("/admin/workflows");

        var create = page.GetByRole(AriaRole.Region, new() { Name = "New review rules" });
        await create.GetByRole(AriaRole.Button, new() { Name = "Create and open in the designer" }).ClickAsync();
        await Assertions.Expect(create.Locator(".field-problem")).ToHaveTextAsync("Give the rules a name (at most 200 characters).");
        create = page.GetByRole(AriaRole.Region, new() { Name = "New review rules" });
        await create.GetByLabel("Name (in English; translate it in the designer)").FillAsync("Two-step review");
        await create.GetByLabel("Start from").SelectOptionAsync(new SelectOptionValue { Label = "A copy of 'Activity report review' (Activity reports)" });
        await create.GetByRole(AriaRole.Button, new() { Name = "Create and open in the designer" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Two-step review");
        await page.GetByRole(AriaRole.Button, new() { Name = "Publish as a new version" }).ClickAsync();
        await Assertions.Expect(page.GetByText("No report follows these rules yet.")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Publish version 1" }).ClickAsync();

        await page.GotoAsync("/admin/workflows");
        var applies = page.GetByRole(AriaRole.Region, new() { Name = "Which rules apply" });
        await applies.GetByLabel("Kind of report", new() { Exact = true }).SelectOptionAsync("activity-report");
        await applies.GetByLabel("Congress", new() { Exact = true }).SelectOptionAsync("WCC 2020");
        await applies.GetByLabel("Texts", new() { Exact = true }).SelectOptionAsync("Recommendation");
        await applies.GetByLabel("Rules", new() { Exact = true }).SelectOptionAsync("two-step-review");
        await applies.GetByRole(AriaRole.Button, new() { Name = "Choose these rules" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("The choice is saved: new reports follow it.");
        await Assertions.Expect(page.GetByRole(AriaRole.Row, new() { Name = "Activity reports WCC 2020 Recommendations Two-step review" })).ToBeVisibleAsync();
        var accessibility = await page.RunAxe();
        Assert.Empty(accessibility.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"{v.Id}: {v.Help}"));
    }

    [Theory]
    [InlineData("fr", "Nom en anglais", "Choisissez l'état où elle mène.", "Enregistrer le brouillon")]
    [InlineData("es", "Nombre en inglés", "Elija el estado al que lleva.", "Guardar el borrador")]
    public async Task The_designer_speaks_the_admins_language(string language, string nameLabel, string problem, string save)
    {
        var page = await fixture.Browser.OpenAsync(host, "/");
        await page.SignInAsync(DemoUsers.Admin);
        await page.GetByLabel("Language").SelectOptionAsync(language);
        await page.GetByRole(AriaRole.Button, new() { Name = "Change" }).ClickAsync();
        await page.GotoAsync(Designer);

        await Assertions.Expect(page.GetByLabel(nameLabel).First).ToBeVisibleAsync();
        var first = page.Locator("details[id^=transition-]").First;
        await first.Locator("summary").ClickAsync();
        await first.Locator("select[name$='.To']").SelectOptionAsync(string.Empty);
        await Assertions.Expect(first.Locator(".field-problem")).ToHaveTextAsync(problem);
        await first.Locator("summary").ClickAsync(); // closed again: the problem's link opens it
        await page.Locator("#problems a").First.ClickAsync();
        await Assertions.Expect(first.Locator("select[name$='.To']")).ToBeFocusedAsync();
        var accessibility = await page.RunAxe();
        Assert.Empty(accessibility.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"{v.Id}: {v.Help}"));
        await page.GetByRole(AriaRole.Button, new() { Name = save }).ClickAsync();
        await Assertions.Expect(page.Locator("#problems")).ToContainTextAsync(problem);
    }

    /// <summary>
    /// A definition of 40 states and 80 transitions, imported as JSON: after an edit, the time to check the draft on
    /// the server and redraw the diagram, problems and outline (docs/benchmarks.md).
    /// </summary>
    [Fact]
    public async Task A_large_definition_is_checked_and_redrawn_without_lag()
    {
        var page = await fixture.Browser.OpenAsync(host, "/");
        await page.SignInAsync(DemoUsers.Admin);
        await page.GotoAsync(Designer);
        await page.Locator("#json summary").ClickAsync();
        await page.GetByLabel("JSON to import").FillAsync(LargeDefinition(states: 40));
        await page.GetByRole(AriaRole.Button, new() { Name = "Replace the draft with this JSON" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status).First).ToHaveTextAsync("The JSON has been imported as the draft.");
        await Assertions.Expect(page.Locator("#diagram svg g.state")).ToHaveCountAsync(40);
        await Assertions.Expect(page.Locator("#diagram svg g.edge")).ToHaveCountAsync(80);

        var timings = new List<int>();
        var english = page.Locator("#f-states-20-labels-en");
        await page.Locator("#state-20 > summary").ClickAsync();
        for (var edit = 1; edit <= 7; edit++)
        {
            await english.FillAsync($"Stage 20, edit {edit}");
            await Assertions.Expect(page.Locator("#designer")).ToHaveAttributeAsync("data-checks", edit.ToString(CultureInfo.InvariantCulture));
            timings.Add(int.Parse((await page.Locator("#designer").GetAttributeAsync("data-check-ms"))!, CultureInfo.InvariantCulture));
        }

        await Assertions.Expect(page.Locator("#diagram svg")).ToContainTextAsync("Stage 20, edit 7");
        timings.Sort();
        output.WriteLine($"check and redraw after an edit, 40 states and 80 transitions: median {timings[3]} ms, slowest {timings[^1]} ms");
        Assert.True(timings[3] < 1000, $"median {timings[3]} ms");
    }

    /// <summary>A chain of states, each with a transition forward and one back, plus two shortcuts.</summary>
    private static string LargeDefinition(int states)
    {
        static Dictionary<string, string> Labels(string text) => new() { ["en"] = text, ["fr"] = $"{text} (fr)", ["es"] = $"{text} (es)" };
        var transitions = new List<object>();
        for (var i = 0; i < states - 1; i++)
        {
            transitions.Add(new { trigger = $"forward{i}", from = new[] { $"stage{i}" }, to = $"stage{i + 1}", allowedActors = new[] { "admin" }, labels = Labels($"Forward {i}") });
            transitions.Add(new { trigger = $"back{i}", from = new[] { $"stage{i + 1}" }, to = $"stage{i}", allowedActors = new[] { "admin" }, labels = Labels($"Back {i}") });
        }

        transitions.Add(new { trigger = "skip", from = new[] { "stage0" }, to = $"stage{states - 1}", allowedActors = new[] { "admin" }, labels = Labels("Skip to the end") });
        transitions.Add(new { trigger = "restart", from = new[] { $"stage{states / 2}" }, to = "stage0", allowedActors = new[] { "admin" }, labels = Labels("Restart") });
        var definition = new
        {
            key = "progress-report-review",
            documentKind = "progress-report",
            name = Labels("Progress report review"),
            states = Enumerable.Range(0, states).Select(i => new { key = $"stage{i}", initial = i == 0, terminal = i == states - 1, labels = Labels($"Stage {i}") }),
            transitions,
            timers = new[] { new { state = "stage1", after = "P7D", action = "remind", actors = new[] { "admin" } } },
        };
        return JsonSerializer.Serialize(definition);
    }

    /// <summary>Pictures for the admins' guide (docs/workflow-definitions.md), written when asked for.</summary>
    private static async Task ScreenshotAsync(IPage page, string name)
    {
        if (Environment.GetEnvironmentVariable("MODULARREPORTS_DOC_SCREENSHOTS") is { Length: > 0 } folder)
        {
            await page.EvaluateAsync("(document.querySelector('#confirm-removal') || document.querySelector('main')).scrollIntoView()");
            await page.ScreenshotAsync(new() { Path = Path.Combine(folder, $"{name}.png") });
        }
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
