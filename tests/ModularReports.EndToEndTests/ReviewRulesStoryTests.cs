using System.Net.Http.Json;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using ModularReports.BuildingBlocks.Persistence;
using ModularReports.HostTesting;

namespace ModularReports.EndToEndTests;

/// <summary>
/// An admin who never sees JSON builds two-step review rules for activity reports, tries them, publishes them, chooses
/// them for the Recommendations of WCC 2020; a reporter's new report then follows them through two focal points who
/// take the review steps in hand.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ReviewRulesStoryTests(BrowserFixture fixture) : IAsyncLifetime
{
    private const string Recommendation = "WCC-2020-Rec-150";

    private HostFactory host = null!;

    public async Task InitializeAsync() => host = await HostFactory.StartOnKestrelAsync(DatabaseProvider.Sqlite);

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task Two_step_review_rules_built_in_forms_apply_to_the_Recommendations_of_a_Congress()
    {
        var admin = await host.ApiClientAsync(DemoUsers.Admin);
        await admin.ImportAsync("resolutions", "recommendation.csv", Imports.Csv(
            "code,congress,type,number,title,title_fr,title_es,motion_number", $"{Recommendation},WCC 2020,Recommendation,150,Protecting old-growth forests,,,"));
        await host.AssignedFocalPointAsync("second.reviewer@iucn.example", Recommendation);
        var focalPointId = (await (await host.ApiClientAsync(DemoUsers.FocalPoint)).GetFromJsonAsync<System.Text.Json.JsonElement>("/api/me")).GetProperty("id").GetGuid();
        var wcel = await host.ConstituentAsync("WCEL", "Commission");
        (await admin.PostAsJsonAsync($"/api/admin/resolutions/{await host.ResolutionAsync(Recommendation)}/focal-points", new { userId = focalPointId, constituentId = wcel }))
            .EnsureSuccessStatusCode();

        var page = await fixture.Browser.OpenAsync(host);
        await page.SignInAsync(DemoUsers.Admin);
        await BuildRulesAsync(page);
        await TryRulesAsync(page);
        await PublishAndChooseAsync(page);
        await SpeaksTheAdminsLanguageAsync(page, "fr", "Nom en anglais", "Premier examen");
        await SpeaksTheAdminsLanguageAsync(page, "es", "Nombre en inglés", "Primera revisión");

        var report = await host.SubmittedActivityReportAsync(await host.ApiClientAsync(DemoUsers.Reporter), Recommendation);
        var first = await fixture.Browser.OpenAsync(host);
        await first.SignInAsync(DemoUsers.FocalPoint);
        await TakeAndActAsync(first, report, "Approve the first review", "Second review");
        Assert.DoesNotContain("Accept", await ActionsAsync(report)); // the second review is someone else's

        var second = await fixture.Browser.OpenAsync(host);
        await second.SignInAsync("second.reviewer@iucn.example", HostPeople.Password);
        await TakeAndActAsync(second, report, "Accept", "Accepted");
    }

    private static async Task BuildRulesAsync(IPage page)
    {
        await page.GotoAsync("/admin/workflows");
        var create = page.GetByRole(AriaRole.Region, new() { Name = "New review rules" });
        await create.GetByLabel("Name (in English; translate it in the designer)").FillAsync("Two-step review");
        await create.GetByLabel("Kind of report they review").SelectOptionAsync("activity-report");
        await create.GetByRole(AriaRole.Button, new() { Name = "Create and open in the designer" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Two-step review");

        await AddStateAsync(page, "First review", "Premier examen", "Primera revisión");
        await AddStateAsync(page, "Second review", "Second examen", "Segunda revisión");
        await AddTransitionAsync(page, ("Approve the first review", "Approuver le premier examen", "Aprobar la primera revisión"), ["First review"], "Second review", "Approve");
        await AddTransitionAsync(page, ("Accept", "Accepter", "Aceptar"), ["Second review"], "Accepted", "Approve", earlierReviewersExcluded: true);
        await AddTransitionAsync(page, ("Return with comments", "Renvoyer avec des commentaires", "Devolver con comentarios"), ["First review", "Second review"], "Draft", "Return", commentRequired: true);

        var submit = Part(page, "transition", "Submit → Accepted");
        await submit.Locator("summary").ClickAsync();
        await submit.GetByLabel("Goes to").SelectOptionAsync(new SelectOptionValue { Label = "First review" });

        await page.GetByRole(AriaRole.Button, new() { Name = "Add a timer" }).ClickAsync();
        var timer = page.Locator("details[id^=timer-]").Last;
        await timer.GetByLabel("While the report is in").SelectOptionAsync(new SelectOptionValue { Label = "First review" });
        await Assertions.Expect(timer.GetByLabel("After")).ToHaveValueAsync("7");

        await Assertions.Expect(page.Locator("#designer-status")).ToContainTextAsync("The draft is valid and can be published.");
        await Assertions.Expect(page.Locator("#diagram svg")).ToContainTextAsync("Approve the first review");
        await Assertions.Expect(page.Locator("#outline")).ToContainTextAsync("after 7 days: remind The resolution's focal points");
        await Assertions.Expect(page.Locator("#json-view")).Not.ToBeVisibleAsync(); // the admin never had to open the JSON
        var accessibility = await page.RunAxe();
        Assert.Empty(accessibility.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"{v.Id}: {v.Help}"));
    }

    private static async Task AddStateAsync(IPage page, string en, string fr, string es)
    {
        // The page that comes back from the form's post has one part more, which is the one to fill in.
        var states = page.Locator("details[id^=state-]");
        var count = await states.CountAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Add a state" }).ClickAsync();
        await Assertions.Expect(states).ToHaveCountAsync(count + 1);
        var state = states.Last;
        await state.GetByLabel("Name in English").FillAsync(en);
        await state.GetByLabel("Name in French").FillAsync(fr);
        await state.GetByLabel("Name in Spanish").FillAsync(es);
    }

    private static async Task AddTransitionAsync(
        IPage page, (string En, string Fr, string Es) button, string[] from, string to, string decision, bool earlierReviewersExcluded = false, bool commentRequired = false)
    {
        var transitions = page.Locator("details[id^=transition-]");
        var count = await transitions.CountAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Add a transition" }).ClickAsync();
        await Assertions.Expect(transitions).ToHaveCountAsync(count + 1);
        var transition = transitions.Last;
        await transition.GetByLabel("Button text in English").FillAsync(button.En);
        await transition.GetByLabel("Button text in French").FillAsync(button.Fr);
        await transition.GetByLabel("Button text in Spanish").FillAsync(button.Es);
        foreach (var state in from)
        {
            await transition.GetByRole(AriaRole.Group, new() { Name = "Leaves from" }).GetByLabel(state, new() { Exact = true }).CheckAsync();
        }

        await transition.GetByLabel("Goes to").SelectOptionAsync(new SelectOptionValue { Label = to });
        await transition.GetByRole(AriaRole.Group, new() { Name = "Who may take it" }).GetByLabel("The resolution's focal points").CheckAsync();
        if (earlierReviewersExcluded)
        {
            await transition.GetByRole(AriaRole.Group, new() { Name = "Who may not, even if allowed above" })
                .GetByLabel("Someone who already decided on this submission (a second pair of eyes)").CheckAsync();
        }

        if (commentRequired)
        {
            await transition.GetByLabel("A comment is required").CheckAsync();
        }

        await transition.GetByLabel("Records a reviewer's decision").SelectOptionAsync(new SelectOptionValue { Label = decision });
    }

    private static async Task TryRulesAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Try it" }).ClickAsync();
        await Person(page, "The author").GetByRole(AriaRole.Button, new() { Name = "Submit → First review" }).ClickAsync();
        await Person(page, "Focal point 1").GetByRole(AriaRole.Button, new() { Name = "Approve the first review → Second review" }).ClickAsync();
        await Assertions.Expect(Person(page, "Focal point 1")).Not.ToContainTextAsync("Accept");
        await Person(page, "Focal point 2").GetByRole(AriaRole.Button, new() { Name = "Accept → Accepted" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("The pretend report is now: Accepted");
        await page.GetByRole(AriaRole.Link, new() { Name = "Back to the draft" }).ClickAsync();
    }

    private static async Task PublishAndChooseAsync(IPage page)
    {
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
        await Assertions.Expect(page.GetByRole(AriaRole.Row, new() { Name = "Activity reports WCC 2020 Recommendations Two-step review" })).ToBeVisibleAsync();
    }

    private static async Task SpeaksTheAdminsLanguageAsync(IPage page, string language, string nameLabel, string firstReview)
    {
        await page.GetByLabel("Language").SelectOptionAsync(language);
        await page.GetByRole(AriaRole.Button, new() { Name = "Change", Exact = true }).ClickAsync();
        await page.GotoAsync("/admin/workflows/two-step-review");
        await Assertions.Expect(page.GetByLabel(nameLabel).First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#diagram svg")).ToContainTextAsync(firstReview);
        var accessibility = await page.RunAxe();
        Assert.Empty(accessibility.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"{v.Id}: {v.Help}"));
        await page.GotoAsync("/admin/workflows");
        await Assertions.Expect(page.Locator("#applies")).ToContainTextAsync(language == "fr" ? "Recommandations" : "Recomendaciones");
        await page.GetByLabel(language == "fr" ? "Langue" : "Idioma").SelectOptionAsync("en");
        await page.GetByRole(AriaRole.Button, new() { Name = language == "fr" ? "Changer" : "Cambiar" }).ClickAsync();
    }

    /// <summary>A focal point takes the report's review step from their tasks, then takes the action on the report.</summary>
    private static async Task TakeAndActAsync(IPage page, Guid report, string action, string entered)
    {
        await page.GotoAsync("/tasks");
        var open = page.GetByRole(AriaRole.Region, new() { Name = "To do" });
        await open.GetByRole(AriaRole.Button, new() { Name = "Take it" }).First.ClickAsync();
        var mine = page.GetByRole(AriaRole.Region, new() { Name = "In your hands" });
        await mine.GetByRole(AriaRole.Link).First.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/activity-reports/{report}"));
        await page.ConfirmingAsync(() => page.GetByRole(AriaRole.Button, new() { Name = action, Exact = true }).ClickAsync());
        await Assertions.Expect(page.Locator(".page-heading .state")).ToHaveTextAsync(entered);
    }

    /// <summary>What the first focal point may do with the report now, by label.</summary>
    private async Task<List<string?>> ActionsAsync(Guid report)
    {
        var actions = await (await host.ApiClientAsync(DemoUsers.FocalPoint)).GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/activity-reports/{report}/actions");
        return actions.GetProperty("available").EnumerateArray().Select(a => a.GetProperty("label").GetString()).ToList();
    }

    private static ILocator Person(IPage page, string name) => page.GetByRole(AriaRole.Region, new() { Name = name, Exact = true });

    private static ILocator Part(IPage page, string kind, string summary) =>
        page.Locator($"details[id^={kind}-]", new() { Has = page.Locator("summary", new() { HasText = summary }) });
}
