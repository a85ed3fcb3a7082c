using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using ModularReports.BuildingBlocks.Persistence;
using ModularReports.HostTesting;

namespace ModularReports.EndToEndTests;

/// <summary>
/// The product's story with three people: a reporter drafts and submits; the focal point returns it with a comment;
/// the reporter reads the comment, edits and resubmits; the focal point accepts, consolidates the progress report and
/// submits it; an admin approves and publishes; a visitor finds it by search and reads it in English and French.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ReportingStoryTests(BrowserFixture fixture) : IAsyncLifetime
{
    private const string Resolution = "WCC 2020 Res 054 — Engaging the private sector to combat wildlife trafficking";

    private HostFactory host = null!;

    public async Task InitializeAsync() => host = await HostFactory.StartOnKestrelAsync(DatabaseProvider.Sqlite);

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task A_report_goes_from_draft_to_a_published_progress_report_found_by_a_visitor()
    {
        // The reporter drafts: every change is saved as they type.
        var reporter = await fixture.Browser.OpenAsync(host);
        await reporter.SignInAsync(DemoUsers.Reporter);
        await reporter.MainNavigation().GetByRole(AriaRole.Link, new() { Name = "Activity reports" }).ClickAsync();
        await reporter.GetByLabel("Resolution", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = Resolution });
        await reporter.GetByRole(AriaRole.Button, new() { Name = "Start the report" }).ClickAsync();
        await Assertions.Expect(reporter.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("WCC 2020 Res 054 - Activity Report");

        // Submit is there from the start, says why it cannot be used yet and leads to each missing field.
        var blockedSubmit = reporter.Locator("[data-blocked-actions] button", new() { HasTextString = "Submit for review" });
        await Assertions.Expect(blockedSubmit).ToHaveAttributeAsync("aria-disabled", "true");
        await Assertions.Expect(reporter.Locator(".why li")).ToHaveTextAsync(
            ["Period covered: from", "Period covered: to", "Geographic scope", "Actions", "Results/achievements"]);
        await Assertions.Expect(reporter.Locator("[data-section-fields='periodFrom periodTo geographicScope']")).ToHaveTextAsync("3 required fields to fill in");
        await Assertions.Expect(reporter.GetByLabel("Comment", new() { Exact = true })).ToBeHiddenAsync();
        await reporter.Locator(".why").GetByRole(AriaRole.Link, new() { Name = "Geographic scope" }).ClickAsync();
        await Assertions.Expect(reporter.GetByLabel("Geographic scope")).ToBeFocusedAsync();
        await reporter.GetByLabel("From").FillAsync("2025-02-01");
        await reporter.GetByLabel("To", new() { Exact = true }).FillAsync("2025-11-30");
        await reporter.GetByLabel("Geographic scope").FillAsync("Kenya and Tanzania");
        await reporter.GetByLabel("IUCN Members").SelectOptionAsync(new SelectOptionValue { Label = "Kenya Wildlife Service ( KWS ) / Kenya" });
        await reporter.GetByLabel("Yes").First.CheckAsync();
        await reporter.GetByLabel("Category").First.SelectOptionAsync("Policy influencing/advocacy");
        await reporter.GetByLabel("Description").First.FillAsync("Convinced two online marketplaces to ban pangolin products.");
        await reporter.GetByLabel("Status").First.SelectOptionAsync("Completed");
        await reporter.GetByLabel("Results/achievements").FillAsync("Two marketplaces changed their policies.");
        await reporter.GetByLabel("Challenges").FillAsync("Sellers move to messaging apps.");
        await Assertions.Expect(reporter.Locator("[data-save-status]")).ToContainTextAsync("Saved at");
        await Assertions.Expect(reporter.Locator("[data-section-fields='periodFrom periodTo geographicScope']")).ToHaveTextAsync("Complete");
        await Assertions.Expect(blockedSubmit).ToHaveCountAsync(0);
        var accessibility = await reporter.RunAxe();
        Assert.Empty(accessibility.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"{v.Id}: {v.Help}"));
        await reporter.GetByRole(AriaRole.Button, new() { Name = "Submit for review" }).ClickAsync();
        await Assertions.Expect(reporter.Locator(".page-heading .state")).ToHaveTextAsync("Submitted");
        await Assertions.Expect(reporter.GetByRole(AriaRole.Status).First).ToContainTextAsync("Done: Submit for review. The report is now “Submitted”.");
        await Assertions.Expect(reporter.GetByRole(AriaRole.Status).First).ToContainTextAsync(
            "The resolution's focal points or admins: Start the review · Accept · Return with comments");
        var reportUrl = reporter.Url;

        // The focal point finds it in their tasks and returns it with a comment.
        var focalPoint = await fixture.Browser.OpenAsync(host);
        await focalPoint.SignInAsync(DemoUsers.FocalPoint);
        await focalPoint.MainNavigation().GetByRole(AriaRole.Link, new() { Name = "My tasks" }).ClickAsync();
        await focalPoint.GetByRole(AriaRole.Link, new() { Name = "WCC 2020 Res 054 - Activity Report" }).ClickAsync();
        await Assertions.Expect(focalPoint.GetByRole(AriaRole.Heading, new() { Name = "First submission: what it contains" })).ToBeVisibleAsync();
        await focalPoint.GetByRole(AriaRole.Button, new() { Name = "Return with comments" }).ClickAsync(); // no comment yet: asked first
        await Assertions.Expect(focalPoint.Locator("#comment-error")).ToContainTextAsync("Write a comment first");
        await Assertions.Expect(focalPoint.GetByLabel("Comment", new() { Exact = true })).ToBeFocusedAsync();
        await focalPoint.GetByLabel("Comment", new() { Exact = true }).FillAsync("Please say which marketplaces.");
        var asked = await focalPoint.ConfirmingAsync(() => focalPoint.GetByRole(AriaRole.Button, new() { Name = "Return with comments" }).ClickAsync());
        Assert.StartsWith("Return with comments: are you sure?", asked);
        await Assertions.Expect(focalPoint.Locator(".page-heading .state")).ToHaveTextAsync("Returned to the author");

        // The reporter reads the comment, edits and resubmits.
        await reporter.GotoAsync(reportUrl);
        var returned = reporter.GetByRole(AriaRole.Region, new() { Name = "Returned to you with comments" });
        await Assertions.Expect(returned).ToContainTextAsync("Please say which marketplaces.");
        await Assertions.Expect(returned).ToContainTextAsync("then submit it again");
        Assert.True((await returned.BoundingBoxAsync())!.Y < (await reporter.GetByLabel("Geographic scope").BoundingBoxAsync())!.Y);
        await reporter.GetByLabel("Results/achievements").FillAsync("Two marketplaces (Jiji and Kupatana) changed their policies.");
        await Assertions.Expect(reporter.Locator("[data-save-status]")).ToContainTextAsync("Saved at");
        await reporter.GetByRole(AriaRole.Button, new() { Name = "Submit for review" }).ClickAsync();
        await Assertions.Expect(reporter.Locator(".page-heading .state")).ToHaveTextAsync("Submitted");

        // The focal point sees what changed and accepts.
        await focalPoint.GotoAsync(reportUrl);
        await Assertions.Expect(focalPoint.GetByRole(AriaRole.Heading, new() { Name = "What changed in submission 2 since submission 1" })).ToBeVisibleAsync();
        await Assertions.Expect(focalPoint.Locator("table.changes")).ToContainTextAsync("Jiji and Kupatana");
        await focalPoint.ConfirmingAsync(() => focalPoint.GetByRole(AriaRole.Button, new() { Name = "Accept" }).ClickAsync());
        await Assertions.Expect(focalPoint.Locator(".page-heading .state")).ToHaveTextAsync("Accepted");
        await Assertions.Expect(focalPoint.GetByRole(AriaRole.Status).First).ToContainTextAsync("It now counts towards the resolution's progress report.");

        // The focal point starts the 2025 progress report, consolidates it and submits it.
        await focalPoint.MainNavigation().GetByRole(AriaRole.Link, new() { Name = "Progress reports" }).ClickAsync();
        await focalPoint.GetByLabel("Resolution").SelectOptionAsync(new SelectOptionValue { Label = Resolution });
        var period2025 = await focalPoint.Locator("#periodId option", new() { HasTextString = "2025 (due" }).GetAttributeAsync("value");
        await focalPoint.GetByLabel("Period").SelectOptionAsync(period2025!);
        await focalPoint.GetByRole(AriaRole.Button, new() { Name = "Start the report" }).ClickAsync();
        await focalPoint.GetByRole(AriaRole.Button, new() { Name = "Consolidate from accepted activity reports" }).ClickAsync();
        await Assertions.Expect(focalPoint.GetByRole(AriaRole.Status).First).ToHaveTextAsync("Consolidated: 1 new activity reports added.");
        await Assertions.Expect(focalPoint.GetByLabel("Describe the results/achievements of the actions taken")).ToHaveValueAsync(
            "## Policy influencing/advocacy\n- National Whistleblower Center ( NWC ) / United States of America: Convinced two online marketplaces to ban pangolin products. (Completed) Two marketplaces (Jiji and Kupatana) changed their policies.");
        await Assertions.Expect(focalPoint.Locator(".preview h4").First).ToHaveTextAsync("Policy influencing/advocacy"); // as readers will see it
        await focalPoint.GetByLabel("Status of implementation for this Resolution:").SelectOptionAsync("underway");
        await Assertions.Expect(focalPoint.Locator("[data-save-status]")).ToContainTextAsync("Saved at");
        await focalPoint.GetByRole(AriaRole.Button, new() { Name = "Submit for approval" }).ClickAsync();
        await Assertions.Expect(focalPoint.Locator(".page-heading .state")).ToHaveTextAsync("Submitted");
        Assert.Equal(0, await focalPoint.GetByRole(AriaRole.Button, new() { Name = "Approve" }).CountAsync()); // four eyes

        // An admin approves and publishes.
        var admin = await fixture.Browser.OpenAsync(host);
        await admin.SignInAsync(DemoUsers.Admin);
        await admin.MainNavigation().GetByRole(AriaRole.Link, new() { Name = "My tasks" }).ClickAsync();
        await admin.GetByRole(AriaRole.Link, new() { Name = "WCC 2020 Res 054 - Progress Report" }).ClickAsync();
        await admin.ConfirmingAsync(() => admin.GetByRole(AriaRole.Button, new() { Name = "Approve" }).ClickAsync());
        await admin.ConfirmingAsync(() => admin.GetByRole(AriaRole.Button, new() { Name = "Publish" }).ClickAsync());
        await Assertions.Expect(admin.Locator(".page-heading .state")).ToHaveTextAsync("Published");
        await Assertions.Expect(admin.GetByRole(AriaRole.Status).First).ToContainTextAsync("The report is now on the public page.");

        // A visitor finds it by search and reads it in English, then in French.
        var visitor = await fixture.Browser.OpenAsync(host, "/");
        await visitor.MainNavigation().GetByRole(AriaRole.Link, new() { Name = "Published reports" }).ClickAsync();
        await visitor.GetByLabel("Words").FillAsync("kupatana");
        await visitor.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await visitor.GetByRole(AriaRole.Link, new() { Name = "WCC 2020 Res 054 - Progress Report" }).ClickAsync();
        await Assertions.Expect(visitor.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("WCC 2020 Res 054 - Progress Report");
        await Assertions.Expect(visitor.GetByRole(AriaRole.Heading, new() { Name = "IUCN Constituencies implementing this Resolution" })).ToBeVisibleAsync();
        await Assertions.Expect(visitor.Locator("article")).ToContainTextAsync("Kenya Wildlife Service ( KWS ) / Kenya");
        // The organisation that reported implements the resolution too: it is among the Members, not only in a footer.
        await Assertions.Expect(visitor.Locator("section[aria-labelledby=constituencies] ul").First).ToContainTextAsync(
            "National Whistleblower Center ( NWC ) / United States of America");
        await Assertions.Expect(visitor.GetByRole(AriaRole.Heading, new() { Name = "Policy influencing/advocacy", Level = 4 })).ToBeVisibleAsync();
        Assert.DoesNotContain("## ", await visitor.Locator("article").InnerTextAsync());
        await Assertions.Expect(visitor.GetByRole(AriaRole.Heading, new() { Name = "Status of implementation for this Resolution:" })).ToBeVisibleAsync();
        await Assertions.Expect(visitor.Locator("article")).ToContainTextAsync("No Commissions are/have been involved");
        await Assertions.Expect(visitor.Locator("article")).ToContainTextAsync("Underway: implementation well-advanced");
        var published = await visitor.RunAxe();
        Assert.Empty(published.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"{v.Id}: {v.Help}"));

        await visitor.GetByLabel("Language").SelectOptionAsync("fr");
        await visitor.GetByRole(AriaRole.Button, new() { Name = "Change" }).ClickAsync();
        await Assertions.Expect(visitor.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("WCC 2020 Res 054 - Progress Report");
        await Assertions.Expect(visitor.GetByRole(AriaRole.Heading, new() { Name = "Composantes de l'UICN mettant en œuvre cette Résolution" })).ToBeVisibleAsync();
        await Assertions.Expect(visitor.Locator("article")).ToContainTextAsync("Pas de commissions sont / ont été impliqués");
        await Assertions.Expect(visitor.Locator("article")).ToContainTextAsync("Influence politique/plaidoyer");

        // The story's e-mails, as .eml files on the embedded default: each person heard of what waited for them, and of
        // nothing they did themselves (the focal point submitted the progress report, so only the admin heard of it); the
        // reporter heard that the progress report built from their report was published.
        var mail = await EmailsAsync(count: 8);
        Assert.Equal(
            [
                $"{DemoUsers.Admin}: WCC 2020 Res 054: progress report submitted for your review",
                $"{DemoUsers.FocalPoint}: WCC 2020 Res 054: activity report submitted for your review",
                $"{DemoUsers.FocalPoint}: WCC 2020 Res 054: activity report submitted for your review",
                $"{DemoUsers.FocalPoint}: WCC 2020 Res 054: the progress report is published",
                $"{DemoUsers.FocalPoint}: WCC 2020 Res 054: the progress report was approved",
                $"{DemoUsers.Reporter}: WCC 2020 Res 054: the progress report is published",
                $"{DemoUsers.Reporter}: WCC 2020 Res 054: your activity report was accepted",
                $"{DemoUsers.Reporter}: WCC 2020 Res 054: your activity report was returned with comments",
            ],
            mail);
    }

    [Fact]
    public async Task What_the_reporter_typed_just_before_pressing_submit_is_in_the_submitted_report()
    {
        var reporter = await fixture.Browser.OpenAsync(host);
        await reporter.SignInAsync(DemoUsers.Reporter);
        await reporter.GotoAsync("/activity-reports");
        await reporter.GetByLabel("Resolution", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = Resolution });
        await reporter.GetByRole(AriaRole.Button, new() { Name = "Start the report" }).ClickAsync();
        await reporter.GetByLabel("From").FillAsync("2025-02-01");
        await reporter.GetByLabel("To", new() { Exact = true }).FillAsync("2025-11-30");
        await reporter.GetByLabel("Geographic scope").FillAsync("Kenya");
        await reporter.GetByLabel("Yes").First.CheckAsync();
        await reporter.GetByLabel("Category").First.SelectOptionAsync("Policy influencing/advocacy");
        await reporter.GetByLabel("Description").First.FillAsync("Met two marketplaces.");
        await reporter.GetByLabel("Status").First.SelectOptionAsync("Completed");
        await reporter.GetByLabel("Results/achievements").FillAsync("Both promised to review their rules.");
        await reporter.GetByLabel("Geographic scope").FocusAsync();
        var submit = reporter.Locator("[data-action-buttons]").GetByRole(AriaRole.Button, new() { Name = "Submit for review" });
        await Assertions.Expect(submit).ToBeVisibleAsync();

        // A slow network: the save of the last words is still on its way when the reporter presses Submit.
        await reporter.RouteAsync(url => url.Contains("handler=Autosave", StringComparison.Ordinal), async route =>
        {
            await Task.Delay(700);
            await route.ContinueAsync();
        });
        await reporter.GetByLabel("Challenges").FillAsync("Sellers move to messaging apps.");
        await submit.ClickAsync();

        await Assertions.Expect(reporter.Locator(".page-heading .state")).ToHaveTextAsync("Submitted");
        await Assertions.Expect(reporter.Locator("main")).ToContainTextAsync("Sellers move to messaging apps.");
    }

    [Fact]
    public async Task A_reporter_starts_from_last_years_report_and_writes_it_with_a_colleague()
    {
        var res054 = await host.ResolutionAsync("WCC-2020-Res-054");
        var nwc = await host.ConstituentAsync("NWC", "Member");
        await host.CreateUserAsync("rosa@whistleblowersblog.example", ["Reporter"], nwc);
        await host.AcceptedActivityReportAsync(
            await host.ApiClientAsync(DemoUsers.Reporter), res054,
            Reports.CompleteFields(await host.ConstituentAsync("KWS", "Member"), await host.ConstituentAsync("SSC", "Commission")));

        var reporter = await fixture.Browser.OpenAsync(host);
        await reporter.SignInAsync(DemoUsers.Reporter);
        await reporter.GotoAsync("/activity-reports");
        await reporter.GetByLabel("Resolution", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = Resolution });
        await reporter.GetByLabel("Start from my organisation's last accepted report on this resolution").CheckAsync();
        await reporter.GetByRole(AriaRole.Button, new() { Name = "Start the report" }).ClickAsync();

        // What was copied says so until it is changed; the period and results are left to fill in.
        await Assertions.Expect(reporter.GetByLabel("Geographic scope")).ToHaveValueAsync("Colombia, Ecuador y Perú");
        await Assertions.Expect(reporter.GetByLabel("From")).ToHaveValueAsync(string.Empty);
        var scopeMark = reporter.Locator("label[for=geographicScope] .carried");
        await Assertions.Expect(scopeMark).ToHaveTextAsync("Carried over: check it");
        await reporter.GetByLabel("Geographic scope").FillAsync("Kenya");
        await reporter.GetByLabel("Geographic scope").PressAsync("Enter"); // saves; removes nothing
        await Assertions.Expect(reporter.GetByRole(AriaRole.Status).First).ToHaveTextAsync("Saved.");
        await Assertions.Expect(reporter.Locator("#action-0-description")).ToHaveValueAsync("Briefed customs on online wildlife markets.");
        await Assertions.Expect(scopeMark).ToHaveCountAsync(0);
        await Assertions.Expect(reporter.Locator("label[for=otherOrganisations] .carried")).ToHaveCountAsync(1);

        // A colleague of the same organisation joins as co-author, and leaves again.
        await reporter.GetByLabel("Add a colleague as co-author").SelectOptionAsync(new SelectOptionValue { Label = "rosa" });
        await reporter.GetByRole(AriaRole.Button, new() { Name = "Add", Exact = true }).ClickAsync();
        var coAuthors = reporter.Locator("h2:has-text('Co-authors') + p + ul");
        await Assertions.Expect(coAuthors).ToContainTextAsync("rosa");
        await coAuthors.GetByRole(AriaRole.Button, new() { Name = "Remove" }).ClickAsync();
        await Assertions.Expect(reporter.GetByText("No co-authors yet.")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_reporter_prints_a_blank_questionnaire_in_their_language()
    {
        var reporter = await fixture.Browser.OpenAsync(host);
        await reporter.SignInAsync(DemoUsers.Reporter);
        await reporter.GotoAsync("/activity-reports");
        await reporter.GetByLabel("Language").SelectOptionAsync("fr");
        await reporter.GetByRole(AriaRole.Button, new() { Name = "Change" }).ClickAsync();
        await reporter.GetByRole(AriaRole.Link, new() { Name = "Questionnaire vierge à imprimer" }).ClickAsync();

        await Assertions.Expect(reporter.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Rapport d'activité : questionnaire vierge");
        await Assertions.Expect(reporter.Locator("article")).ToContainTextAsync("Influence politique/plaidoyer"); // the categories to tick
        await Assertions.Expect(reporter.Locator("article")).ToContainTextAsync("Portée géographique");
        await reporter.EmulateMediaAsync(new() { Media = Media.Print });
        await Assertions.Expect(reporter.Locator(".site-header")).ToBeHiddenAsync();
    }

    private async Task<IReadOnlyList<string>> EmailsAsync(int count)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (Mailbox.Read(host.MailFolder).Count < count && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }

        await Task.Delay(1000); // and nothing more arrives
        return Mailbox.Read(host.MailFolder).Select(m => $"{m.To.Mailboxes.Single().Address}: {m.Subject}").Order(StringComparer.Ordinal).ToList();
    }
}
