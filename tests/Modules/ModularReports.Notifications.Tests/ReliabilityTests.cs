using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using MimeKit;
using ModularReports.BuildingBlocks.Persistence;
using ModularReports.HostTesting;
using ModularReports.Notifications.Data;
using ModularReports.Notifications.Delivery;
using ModularReports.Notifications.Domain;
using ModularReports.Notifications.Mail;
using ModularReports.Testing;

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

    [Fact]
    public async Task Deliveries_held_by_another_sender_are_left_alone_until_its_lease_ends_then_sent_once_by_racing_senders()
    {
        await using var smtp = SmtpTestServer.Create();
        await using var host = await HostFactory.StartAsync(DatabaseProvider.Sqlite, smtp.Settings(("Mail:BatchSize", "5")));
        var ids = new List<Guid>();
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<NotificationsDbContext>();
            for (var i = 0; i < 40; i++)
            {
                var message = new MimeMessage { Subject = $"Message {i}", Body = new TextPart("plain") { Text = "Hello." } };
                message.From.Add(MailboxAddress.Parse("no-reply@example.org"));
                message.To.Add(MailboxAddress.Parse($"person{i}@example.org"));
                var id = Guid.CreateVersion7();
                message.MessageId = $"{id:N}@test";
                using var mime = new MemoryStream();
                await message.WriteToAsync(mime);
                db.EmailDeliveries.Add(new EmailDelivery
                {
                    Id = id, SourceKey = $"test/{i}", ToAddress = $"person{i}@example.org", Subject = message.Subject, Mime = mime.ToArray(),
                    Status = EmailStatus.Pending, CreatedAt = DateTime.UtcNow, NextAttemptAt = DateTime.UtcNow,
                    Attempts = 1, LeaseId = Guid.NewGuid(), LeaseUntil = DateTime.UtcNow.AddHours(1), // another instance is sending them
                });
                ids.Add(id);
            }

            await db.SaveChangesAsync();
        }

        // Three more senders (as other instances would run) race the host's own for the same rows.
        var others = Enumerable.Range(0, 3).Select(_ => new EmailSender(
            host.Services.GetRequiredService<IServiceScopeFactory>(), new EmailSignal(), host.Services.GetRequiredService<MailOptions>(),
            TimeProvider.System, NullLogger<EmailSender>.Instance)).ToList();
        host.Services.GetServices<IHostedService>().OfType<EmailSender>().Single(); // the host's own is running too
        Assert.Equal(0, await others[0].SendBatchAsync(CancellationToken.None));
        await Task.Delay(500);
        Assert.Empty(smtp.Received);

        // That instance stopped: once its lease has run out the deliveries are anyone's, and exactly one sender sends each.
        await using (var scope = host.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<NotificationsDbContext>().EmailDeliveries
                .ExecuteUpdateAsync(u => u.SetProperty(d => d.LeaseUntil, DateTime.UtcNow.AddMinutes(-1)));
        }

        await Task.WhenAll(others.Select(sender => Task.Run(async () =>
        {
            while (await sender.SendBatchAsync(CancellationToken.None) > 0)
            {
                // until nothing is left to claim
            }
        })));

        await smtp.WaitForAsync(40);
        await Task.Delay(1000); // time for a duplicate, had there been one
        Assert.Equal(40, smtp.Received.Count);
        Assert.Equal(40, smtp.Received.Select(m => m.MessageId).Distinct().Count());
        await using var check = host.Services.CreateAsyncScope();
        var deliveries = await check.ServiceProvider.GetRequiredService<NotificationsDbContext>().EmailDeliveries
            .Where(d => ids.Contains(d.Id)).ToListAsync();
        Assert.All(deliveries, d => Assert.Equal((EmailStatus.Sent, 2, (Guid?)null), (d.Status, d.Attempts, d.LeaseId)));
    }

    [Fact]
    public async Task The_sender_reads_its_queue_in_order_and_claims_a_batch_by_its_ids()
    {
        await using var host = await HostFactory.StartAsync(DatabaseProvider.Sqlite);
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NotificationsDbContext>();
        var now = DateTime.UtcNow;

        var due = await QueryPlan.OfAsync(db, EmailSender.Due(db, now, 20));
        var claim = await QueryPlan.OfAsync(db, EmailSender.Claimable(db, Enumerable.Range(0, 20).Select(_ => Guid.CreateVersion7()).ToList(), now));

        // The pending deliveries' index in its order (no sort of the queue), and one primary-key look-up per id: with an
        // index leading with the status, each claim read every pending delivery (ADR 15).
        Assert.Contains("USING INDEX IX_notifications_email_deliveries_NextAttemptAt", due, StringComparison.Ordinal);
        Assert.DoesNotContain("TEMP B-TREE", due, StringComparison.Ordinal);
        Assert.Contains("(Id=?)", claim, StringComparison.Ordinal);
        Assert.DoesNotContain("NextAttemptAt", claim, StringComparison.Ordinal);
    }
}
