using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ModularReports.BuildingBlocks.Persistence;
using ModularReports.HostTesting;

namespace ModularReports.Notifications.Tests;

/// <summary>A mail server that misbehaves: nothing is lost, nothing is sent twice, and what cannot be sent is shown to admins.</summary>
public sealed class ReliabilityTests
{
    // Enough attempts that no message runs out while the server is down and then refuses (at most 3 + 3 of them).
    private static readonly (string, string?)[] QuickRetries =
        Enumerable.Range(0, 10).Select(i => ($"Mail:RetryDelays:{i}", (string?)(i < 2 ? "00:00:01" : "00:00:02"))).ToArray();

    [Fact]
    public async Task A_server_that_is_down_and_then_refuses_for_a_while_receives_each_message_exactly_once()
    {
        await using var smtp = SmtpTestServer.Create(listening: false);
        await using var host = await HostFactory.StartAsync(DatabaseProvider.Sqlite, smtp.Settings(QuickRetries));
        var reporter = await host.ApiClientAsync(DemoUsers.Reporter);
        var focalPoint = await host.ApiClientAsync(DemoUsers.FocalPoint);
        var first = await host.DraftAsync(reporter);
        var second = await host.DraftAsync(reporter);

        // The report actions succeed although no mail can go out: sending is in the background.
        Assert.Equal(HttpStatusCode.OK, (await reporter.ActAsync(first, "submit")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await reporter.ActAsync(second, "submit")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await focalPoint.ActAsync(first, "return", "Add figures.")).StatusCode);
        await focalPoint.WaitForNotificationsAsync(2);
        await reporter.WaitForNotificationsAsync(1);
        await Task.Delay(TimeSpan.FromSeconds(3)); // a first failed attempt each (connection refused)

        smtp.RefuseNext(3); // then the server is up but answers "try again later" a few times
        smtp.Start();
        await host.SettledAsync(TimeSpan.FromSeconds(60));

        Assert.True(smtp.Refused >= 3);
        var received = smtp.Received;
        Assert.Equal(3, received.Count);
        Assert.Equal(received.Count, received.Select(m => m.MessageId).Distinct().Count());
        Assert.Equal(2, received.Count(m => m.IsTo(DemoUsers.FocalPoint)));
        Assert.Single(received, m => m.IsTo(DemoUsers.Reporter));
    }

    [Fact]
    public async Task After_the_retry_budget_a_delivery_is_failed_shown_to_admins_and_resent_once()
    {
        await using var smtp = SmtpTestServer.Create(listening: false);
        await using var host = await HostFactory.StartAsync(DatabaseProvider.Sqlite, smtp.Settings(("Mail:RetryDelays:0", "00:00:01")));
        var reporter = await host.ApiClientAsync(DemoUsers.Reporter);
        var admin = await host.ApiClientAsync(DemoUsers.Admin);
        var id = await host.DraftAsync(reporter);
        (await reporter.ActAsync(id, "submit")).EnsureSuccessStatusCode();
        await (await host.ApiClientAsync(DemoUsers.FocalPoint)).WaitForNotificationsAsync(1); // its e-mail is queued with it
        await host.SettledAsync(TimeSpan.FromSeconds(30)); // two attempts, both refused

        var failed = await admin.GetFromJsonAsync<JsonElement>("/api/admin/email-deliveries?status=failed");
        var delivery = failed.GetProperty("items").EnumerateArray().Single();
        Assert.Equal((DemoUsers.FocalPoint, 2), (delivery.GetProperty("toAddress").GetString(), delivery.GetProperty("attempts").GetInt32()));
        Assert.False(string.IsNullOrEmpty(delivery.GetProperty("lastError").GetString()));
        Assert.Equal(HttpStatusCode.Forbidden, (await reporter.GetAsync("/api/admin/email-deliveries?status=failed")).StatusCode);
        var badStatus = await admin.GetAsync("/api/admin/email-deliveries?status=lost");
        Assert.Equal(HttpStatusCode.BadRequest, badStatus.StatusCode);
        Assert.True((await badStatus.JsonAsync()).GetProperty("errors").TryGetProperty("status", out _));

        // The admin's page lists it with a resend button.
        var page = await (await host.BrowserClientAsync(DemoUsers.Admin)).GetStringAsync("/admin/email-deliveries");
        Assert.Contains(delivery.GetProperty("id").GetGuid().ToString(), page, StringComparison.Ordinal);

        smtp.Start();
        var deliveryId = delivery.GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync($"/api/admin/email-deliveries/{deliveryId}/resend", null)).StatusCode);
        Assert.True((await smtp.WaitForAsync(1)).Single().IsTo(DemoUsers.FocalPoint));
        Assert.Equal(HttpStatusCode.Conflict, (await admin.PostAsync($"/api/admin/email-deliveries/{deliveryId}/resend", null)).StatusCode);
        await host.SettledAsync();
        Assert.Single(smtp.Received);
        Assert.Equal(0, (await admin.GetFromJsonAsync<JsonElement>("/api/admin/email-deliveries?status=failed")).GetProperty("total").GetInt32());
    }
}
