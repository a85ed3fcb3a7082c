using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ModularReports.BuildingBlocks.Persistence;
using ModularReports.HostTesting;

namespace ModularReports.Notifications.Tests;

public sealed class DigestAndRemindersTests
{
    [Fact]
    public async Task A_reminder_timer_run_twice_after_a_crash_reminds_once()
    {
        await using var host = await HostFactory.StartAsync(DatabaseProvider.Sqlite);
        var reporter = await host.ApiClientAsync(DemoUsers.Reporter);
        var focalPoint = await host.ApiClientAsync(DemoUsers.FocalPoint);
        var id = await host.DraftAsync(reporter);
        (await reporter.ActAsync(id, "submit")).EnsureSuccessStatusCode();
        await focalPoint.WaitForNotificationsAsync(1);
        var due = new Workflow.Contracts.WorkflowTimerDue(
            "activity-report", id, "activity-report-review", 1, "submitted", 0, "remind", ["assignedFocalPoint"], null, DateTimeOffset.UtcNow.AddMinutes(-5));

        // The poller ran the timer, and the process ended before it deleted it: after its lease, it runs again.
        foreach (var _ in new[] { 1, 2 })
        {
            await using var scope = host.Services.CreateAsyncScope();
            var target = scope.ServiceProvider.GetServices<Workflow.Contracts.IWorkflowTimerTarget>().Single(t => t.DocumentType == "activity-report");
            await target.OnTimerAsync(due, CancellationToken.None);
        }

        await focalPoint.WaitForNotificationsAsync(2);
        await host.SettledAsync();
        var kinds = (await focalPoint.NotificationsAsync()).GetProperty("items").EnumerateArray().Select(n => n.GetProperty("kind").GetString()).ToList();
        Assert.Equal(1, kinds.Count(k => k == "reminder"));
    }

    [Fact]
    public async Task A_daily_digest_collects_the_days_notifications_into_one_email()
    {
        await using var smtp = SmtpTestServer.Create();
        await using var host = await HostFactory.StartAsync(DatabaseProvider.Sqlite, smtp.Settings(("App:PublicUrl", Notify.PublicUrl)));
        var reporter = await host.ApiClientAsync(DemoUsers.Reporter);
        var focalPoint = await host.ApiClientAsync(DemoUsers.FocalPoint);
        var wrong = await focalPoint.PutAsJsonAsync("/api/notifications/preferences", new { emailMode = "weekly" });
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.True((await wrong.JsonAsync()).GetProperty("errors").TryGetProperty("emailMode", out _));
        Assert.Equal("immediate", (await focalPoint.GetFromJsonAsync<JsonElement>("/api/notifications/preferences")).GetProperty("emailMode").GetString());
        (await focalPoint.PutAsJsonAsync("/api/notifications/preferences", new { emailMode = "dailyDigest" })).EnsureSuccessStatusCode();

        var first = await host.DraftAsync(reporter);
        var second = await host.DraftAsync(reporter);
        (await reporter.ActAsync(first, "submit")).EnsureSuccessStatusCode();
        (await reporter.ActAsync(second, "submit")).EnsureSuccessStatusCode();
        await focalPoint.WaitForNotificationsAsync(2);
        await host.SettledAsync();
        Assert.Empty(smtp.Received); // in-app only until the digest

        await host.RunRecurringTaskAsync("notifications-daily-digest");
        var digest = (await smtp.WaitForAsync(1)).Single();
        Assert.True(digest.IsTo(DemoUsers.FocalPoint));
        Assert.Equal("ModularReports: your daily digest (2)", digest.Subject);
        Assert.Contains($"{Notify.PublicUrl}/activity-reports/{first}", digest.Text());
        Assert.Contains($"{Notify.PublicUrl}/activity-reports/{second}", digest.Text());
        Assert.Contains($"{Notify.PublicUrl}/notifications", digest.Text());

        await host.RunRecurringTaskAsync("notifications-daily-digest");
        await host.SettledAsync();
        Assert.Single(smtp.Received); // nothing is collected twice
    }

    [Fact]
    public async Task A_periods_due_date_reminds_focal_points_whose_progress_report_is_not_submitted_once()
    {
        await using var smtp = SmtpTestServer.Create();
        await using var host = await HostFactory.StartAsync(DatabaseProvider.Sqlite, smtp.Settings());
        var admin = await host.ApiClientAsync(DemoUsers.Admin);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var created = await admin.PostAsJsonAsync("/api/admin/reporting-periods", new
        {
            name = "2026", startsOn = today.AddMonths(-11).ToString("yyyy-MM-dd"), endsOn = today.AddDays(-1).ToString("yyyy-MM-dd"),
            dueOn = today.AddDays(10).ToString("yyyy-MM-dd"), remindDaysBefore = 14,
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var badLead = await admin.PostAsJsonAsync("/api/admin/reporting-periods", new
        {
            name = "2027", startsOn = "2027-01-01", endsOn = "2027-12-31", dueOn = "2028-03-31", remindDaysBefore = 400,
        });
        Assert.Equal(HttpStatusCode.BadRequest, badLead.StatusCode);
        Assert.True((await badLead.JsonAsync()).GetProperty("errors").TryGetProperty("remindDaysBefore", out _));

        await host.RunRecurringTaskAsync("reporting-period-due-reminders");
        await smtp.WaitForAsync(1);
        await Task.Delay(TimeSpan.FromSeconds(3)); // one event per resolution: let every one be consumed
        await host.SettledAsync();
        var reminders = smtp.Received;
        Assert.NotEmpty(reminders);
        Assert.All(reminders, m => Assert.True(m.IsTo(DemoUsers.FocalPoint)));
        Assert.Contains(reminders, m => m.Subject == $"WCC 2020 Res 054: the 2026 progress report is due on {today.AddDays(10).ToString("d MMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en"))}");
        Assert.All(reminders, m => Assert.Contains("/progress-reports", m.Text()));

        await host.RunRecurringTaskAsync("reporting-period-due-reminders");
        await Task.Delay(TimeSpan.FromSeconds(2));
        await host.SettledAsync();
        Assert.Equal(reminders.Count, smtp.Received.Count); // once per period
    }
}
