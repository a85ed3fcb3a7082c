using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ModularReports.BuildingBlocks.Hosting;
using ModularReports.HostTesting;

namespace ModularReports.Notifications.Tests;

internal static class Notify
{
    public const string PublicUrl = "https://reports.example.org";

    /// <summary>A drafted activity report on Res 054 with every required field, ready to submit.</summary>
    public static async Task<Guid> DraftAsync(this HostFactory host, HttpClient reporter)
    {
        var res054 = await host.ResolutionAsync("WCC-2020-Res-054");
        var member = await host.ConstituentAsync("KWS", "Member");
        var ssc = await host.ConstituentAsync("SSC", "Commission");
        var id = (await (await reporter.PostAsJsonAsync("/api/activity-reports", new { resolutionId = res054 })).JsonAsync()).GetProperty("id").GetGuid();
        (await reporter.PatchAsync(id, Reports.CompleteFields(member, ssc), 0)).EnsureSuccessStatusCode();
        return id;
    }

    public static async Task SetLanguageAsync(this HttpClient client, string language)
    {
        var me = await client.GetFromJsonAsync<JsonElement>("/api/me");
        (await client.PutAsJsonAsync("/api/me", new { displayName = me.GetProperty("displayName").GetString(), preferredLanguage = language }))
            .EnsureSuccessStatusCode();
    }

    public static async Task<JsonElement> NotificationsAsync(this HttpClient client, bool unreadOnly = false) =>
        await client.GetFromJsonAsync<JsonElement>($"/api/notifications?unreadOnly={unreadOnly}");

    /// <summary>Waits until the user has <paramref name="count"/> notifications (they are written when the event is consumed).</summary>
    public static async Task<JsonElement> WaitForNotificationsAsync(this HttpClient client, int count)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            var page = await client.NotificationsAsync();
            // The list and its total are two reads: a notification written between them is counted but not listed yet.
            if ((page.GetProperty("total").GetInt32() >= count && page.GetProperty("items").GetArrayLength() >= Math.Min(count, page.GetProperty("pageSize").GetInt32()))
                || DateTime.UtcNow > deadline)
            {
                return page;
            }

            await Task.Delay(100);
        }
    }

    /// <summary>Waits until no e-mail is pending any more (each is sent or failed), then a little longer for stragglers.</summary>
    public static async Task SettledAsync(this HostFactory host, TimeSpan? timeout = null)
    {
        var admin = await host.ApiClientAsync(DemoUsers.Admin);
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (DateTime.UtcNow < deadline)
        {
            var pending = await admin.GetFromJsonAsync<JsonElement>("/api/admin/email-deliveries?status=pending");
            if (pending.GetProperty("total").GetInt32() == 0)
            {
                await Task.Delay(1500);
                return;
            }

            await Task.Delay(200);
        }

        throw new TimeoutException("E-mails were still pending.");
    }

    public static async Task RunRecurringTaskAsync(this HostFactory host, string name)
    {
        using var scope = host.Services.CreateScope();
        await scope.ServiceProvider.GetServices<IRecurringTask>().Single(t => t.Name == name).RunAsync(CancellationToken.None);
    }

    public static string Text(this MimeKit.MimeMessage message) => message.TextBody ?? string.Empty;

    public static bool IsTo(this MimeKit.MimeMessage message, string address) =>
        message.To.Mailboxes.Any(m => string.Equals(m.Address, address, StringComparison.OrdinalIgnoreCase));
}
