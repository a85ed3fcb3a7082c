using System.Net;
using System.Net.Http.Json;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using ModularReports.BuildingBlocks.Persistence;
using ModularReports.HostTesting;
using ModularReports.Reporting.Contracts;
using ModularReports.Testing;

namespace ModularReports.Notifications.Tests;

/// <summary>What a report's review sends, to whom, in which language, with which link; and nothing twice.</summary>
public sealed class TransitionEmailTests
{
    [SkippableTheory]
    [MemberData(nameof(Stacks.Messaging), MemberType = typeof(Stacks))]
    public async Task Submitting_and_returning_a_report_emails_the_right_people_in_their_language_with_a_link_to_act(string stack)
    {
        Stacks.RequireAvailable(stack);
        await using var smtp = SmtpTestServer.Create();
        await using var host = await HostFactory.StartAsync(stack, smtp.Settings(("App:PublicUrl", Notify.PublicUrl)));
        var reporter = await host.ApiClientAsync(DemoUsers.Reporter);
        var focalPoint = await host.ApiClientAsync(DemoUsers.FocalPoint);
        await focalPoint.SetLanguageAsync("fr");
        var id = await host.DraftAsync(reporter);

        Assert.Equal(HttpStatusCode.OK, (await reporter.ActAsync(id, "submit")).StatusCode);
        var toFocalPoint = (await smtp.WaitForAsync(1)).Single();
        Assert.True(toFocalPoint.IsTo(DemoUsers.FocalPoint));
        Assert.Equal("WCC 2020 Res 054 : rapport d'activité soumis pour examen", toFocalPoint.Subject);
        Assert.Equal("fr", toFocalPoint.Body!.Headers[MimeKit.HeaderId.ContentLanguage]);
        Assert.Contains($"{Notify.PublicUrl}/activity-reports/{id}", toFocalPoint.Text());
        Assert.Contains("Examiner le rapport", toFocalPoint.Text());
        Assert.Contains($"href=\"{Notify.PublicUrl}/activity-reports/{id}\"", toFocalPoint.HtmlBody);
        Assert.Contains("National Whistleblower Center", toFocalPoint.Text()); // the reporting organisation
        Assert.Contains("« Engaging the private sector to combat wildlife trafficking »", toFocalPoint.Text()); // the resolution's title

        const string comment = "Please add the number of listings removed.\nAnd the platforms' names.";
        Assert.Equal(HttpStatusCode.OK, (await focalPoint.ActAsync(id, "return", comment)).StatusCode);
        var messages = await smtp.WaitForAsync(2);
        var toReporter = messages.Single(m => m.IsTo(DemoUsers.Reporter));
        Assert.Equal("WCC 2020 Res 054: your activity report was returned with comments", toReporter.Subject);
        Assert.Contains("> Please add the number of listings removed.\n> And the platforms' names.", toReporter.Text().ReplaceLineEndings("\n"));
        Assert.Contains("<blockquote", toReporter.HtmlBody);
        Assert.Contains($"{Notify.PublicUrl}/activity-reports/{id}", toReporter.Text());

        (await reporter.ActAsync(id, "submit")).EnsureSuccessStatusCode();
        (await focalPoint.ActAsync(id, "accept")).EnsureSuccessStatusCode();
        await smtp.WaitForAsync(4);
        await host.SettledAsync();
        // submit → focal point; return → reporter; submit → focal point; accept → reporter. Nobody hears of their own step.
        // (Sent by parallel background jobs: the order of arrival is not part of the promise.)
        Assert.Equal(
            [(DemoUsers.FocalPoint, "soumis"), (DemoUsers.FocalPoint, "soumis"), (DemoUsers.Reporter, "accepted"), (DemoUsers.Reporter, "returned")],
            smtp.Received.Select(m => (m.To.Mailboxes.Single().Address, Word(m.Subject!))).Order());

        // The same, in the application: the focal point's two notifications, newest first, each linking to the report, and
        // each done (and so read) once the report was decided on: nothing waits for the focal point any more.
        var inbox = await focalPoint.WaitForNotificationsAsync(2);
        Assert.Equal(0, inbox.GetProperty("unreadCount").GetInt32());
        var first = inbox.GetProperty("items")[0];
        Assert.Equal(("submitted", $"/activity-reports/{id}"), (first.GetProperty("kind").GetString(), first.GetProperty("link").GetString()));
        Assert.All(inbox.GetProperty("items").EnumerateArray(), n => Assert.NotEqual(System.Text.Json.JsonValueKind.Null, n.GetProperty("doneAt").ValueKind));
        // Someone else's notification does not exist for the reporter.
        Assert.Equal(HttpStatusCode.NotFound, (await reporter.PostAsync($"/api/notifications/{first.GetProperty("id").GetGuid()}/read", null)).StatusCode);

        // The reporter's two are not tasks: they stay unread until read.
        var reporterInbox = await reporter.WaitForNotificationsAsync(2);
        Assert.Equal(2, reporterInbox.GetProperty("unreadCount").GetInt32());
        var newest = reporterInbox.GetProperty("items")[0].GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.OK, (await reporter.PostAsync($"/api/notifications/{newest}/read", null)).StatusCode);
        Assert.Equal(1, (await reporter.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/notifications/unread-count")).GetProperty("count").GetInt32());
        Assert.Equal(1, (await (await reporter.PostAsync("/api/notifications/read-all", null)).JsonAsync()).GetProperty("marked").GetInt32());
        Assert.Equal(0, (await reporter.NotificationsAsync(unreadOnly: true)).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task An_event_delivered_twice_sends_nothing_more()
    {
        await using var smtp = SmtpTestServer.Create();
        await using var host = await HostFactory.StartAsync(DatabaseProvider.Sqlite, smtp.Settings());
        var reporter = await host.ApiClientAsync(DemoUsers.Reporter);
        var focalPoint = await host.ApiClientAsync(DemoUsers.FocalPoint);
        var id = await host.DraftAsync(reporter);
        var report = await reporter.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/activity-reports/{id}");
        var author = report.GetProperty("authorUserId").GetGuid();
        var submitted = new ReportTransitioned(
            ReportKinds.Activity, id, report.GetProperty("resolutionId").GetGuid(), report.GetProperty("constituentId").GetGuid(), null, [author],
            "draft", "submitted", "submit", null, author, [new ReportNotice("submitted", ["assignedFocalPoint"])], DateTimeOffset.UtcNow, "activity-report-review", 1);

        // Once, then redelivered (the same message id), then published again (a new id, the same event).
        var bus = host.Services.GetRequiredService<IBus>();
        var messageId = NewId.NextGuid();
        await bus.Publish(submitted, c => c.MessageId = messageId);
        var first = (await smtp.WaitForAsync(1)).Single();
        await bus.Publish(submitted, c => c.MessageId = messageId);
        await bus.Publish(submitted);
        await Task.Delay(TimeSpan.FromSeconds(2)); // both consumed by now (the first took well under that)
        await host.SettledAsync();

        Assert.Equal([first.MessageId], smtp.Received.Select(m => m.MessageId));
        Assert.True(first.IsTo(DemoUsers.FocalPoint));
        Assert.Equal(1, (await focalPoint.NotificationsAsync()).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task A_timers_reminder_goes_to_the_actors_it_names_and_escalates_to_admins()
    {
        await using var smtp = SmtpTestServer.Create();
        await using var host = await HostFactory.StartAsync(DatabaseProvider.Sqlite, smtp.Settings());
        var reporter = await host.ApiClientAsync(DemoUsers.Reporter);
        var id = await host.DraftAsync(reporter);
        (await reporter.ActAsync(id, "submit")).EnsureSuccessStatusCode();
        await smtp.WaitForAsync(1);
        var report = await reporter.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/activity-reports/{id}");

        // What the review definition's timer publishes when a submitted report waited too long (here: focal points and admins).
        await host.Services.GetRequiredService<IBus>().Publish(new ReportReminderDue(
            ReportKinds.Activity, id, report.GetProperty("resolutionId").GetGuid(), report.GetProperty("constituentId").GetGuid(), null,
            [report.GetProperty("authorUserId").GetGuid()], "submitted", ["assignedFocalPoint", "admin"], DateTimeOffset.UtcNow, "activity-report-review", 1));
        var messages = await smtp.WaitForAsync(3);
        await host.SettledAsync();

        var reminders = smtp.Received.Skip(1).ToList();
        Assert.Equal([DemoUsers.Admin, DemoUsers.FocalPoint], reminders.Select(m => m.To.Mailboxes.Single().Address).Order(StringComparer.Ordinal));
        Assert.All(reminders, m => Assert.Equal("Reminder – WCC 2020 Res 054: the activity report is still “Submitted”", m.Subject));
        Assert.All(reminders, m => Assert.Contains($"/activity-reports/{id}", m.Text()));
    }

    private static string Word(string subject) =>
        new[] { "soumis", "returned", "accepted" }.FirstOrDefault(w => subject.Contains(w, StringComparison.Ordinal)) ?? subject;
}
