using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using ModularReports.HostTesting;

namespace ModularReports.Host.Tests.Recovery;

/// <summary>
/// Reporters and a focal point moving activity reports through their review against a host process, the way people
/// do: submit, accept or return, submit again. It remembers every move the host acknowledged (a 2xx answer) and every
/// move whose answer never came (the host ended while it was in flight: it may or may not have been committed).
/// </summary>
internal sealed class ReviewWorkload
{
    private readonly List<Guid> reports = [];
    private readonly ConcurrentBag<(Guid Report, string Trigger)> acknowledged = [];
    private readonly ConcurrentBag<(Guid Report, string Trigger)> unanswered = [];

    public IReadOnlyList<Guid> Reports => reports;

    public IReadOnlyCollection<(Guid Report, string Trigger)> Acknowledged => acknowledged;

    public IReadOnlyCollection<(Guid Report, string Trigger)> Unanswered => unanswered;

    /// <summary>Drafts complete reports on Res 054 as the demo reporter, ready to submit.</summary>
    public async Task DraftAsync(HostProcess host, int count)
    {
        using var reporter = await SignInAsync(host, DemoUsers.Reporter);
        using var admin = await SignInAsync(host, DemoUsers.Admin);
        var resolution = (await reporter.GetFromJsonAsync<JsonElement>("/api/resolutions?q=WCC-2020-Res-054")).GetProperty("items")[0].GetProperty("id").GetGuid();
        var member = await ConstituentAsync(admin, "KWS", "Member");
        var commission = await ConstituentAsync(admin, "SSC", "Commission");
        for (var i = 0; i < count; i++)
        {
            var created = await reporter.PostAsJsonAsync("/api/activity-reports", new { resolutionId = resolution });
            created.EnsureSuccessStatusCode();
            var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
            (await reporter.PatchAsync(id, HostTesting.Reports.CompleteFields(member, commission), 0)).EnsureSuccessStatusCode();
            reports.Add(id);
        }
    }

    /// <summary>Submits the first <paramref name="count"/> drafts one after the other.</summary>
    public async Task SubmitAsync(HostProcess host, int count)
    {
        using var reporter = await SignInAsync(host, DemoUsers.Reporter);
        foreach (var id in reports.Take(count))
        {
            var response = await reporter.ActAsync(id, "submit");
            Assert.True(response.IsSuccessStatusCode, $"submit answered {(int)response.StatusCode}");
            acknowledged.Add((id, "submit"));
        }
    }

    /// <summary>
    /// Moves reports on with <paramref name="workers"/> people at once until the host stops answering or
    /// <paramref name="stop"/> is cancelled; <paramref name="onAcknowledged"/> sees the running count of acknowledged moves.
    /// </summary>
    public Task RunAsync(HostProcess host, int workers, Action<int> onAcknowledged, CancellationToken stop) =>
        RunAsync(host, host, workers, onAcknowledged, stop);

    /// <summary>The same, with the reporter on one node and the focal point on another (the reporter's node reads the reports).</summary>
    public async Task RunAsync(HostProcess reporterHost, HostProcess focalPointHost, int workers, Action<int> onAcknowledged, CancellationToken stop)
    {
        var reporter = await SignInAsync(reporterHost, DemoUsers.Reporter);
        var focalPoint = await SignInAsync(focalPointHost, DemoUsers.FocalPoint);
        var moves = 0;
        try
        {
            await Task.WhenAll(Enumerable.Range(0, workers).Select(worker => Task.Run(
                async () =>
                {
                    var random = new Random(worker + reporterHost.Address.Port);
                    while (!stop.IsCancellationRequested)
                    {
                        var id = reports[random.Next(reports.Count)];
                        JsonElement report;
                        try
                        {
                            report = await reporter.GetFromJsonAsync<JsonElement>($"/api/activity-reports/{id}");
                        }
                        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                        {
                            return; // the host has gone
                        }

                        if (NextMove(reporter, focalPoint, report, random) is not { } move)
                        {
                            continue;
                        }

                        HttpResponseMessage response;
                        try
                        {
                            response = await move.Client.ActAsync(id, move.Trigger, move.Trigger == "return" ? "Please add the figures." : null);
                        }
                        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                        {
                            unanswered.Add((id, move.Trigger));
                            return; // the host has gone
                        }

                        if (response.IsSuccessStatusCode)
                        {
                            acknowledged.Add((id, move.Trigger));
                            onAcknowledged(Interlocked.Increment(ref moves));
                        }
                        else if (response.StatusCode is not (HttpStatusCode.Conflict or HttpStatusCode.PreconditionFailed))
                        {
                            // 503 while stopping is an honest refusal; anything else is a failure of the test's subject.
                            Assert.True(response.StatusCode == HttpStatusCode.ServiceUnavailable, $"{move.Trigger} answered {(int)response.StatusCode}");
                            return;
                        }
                    }
                },
                CancellationToken.None)));
        }
        finally
        {
            reporter.Dispose();
            focalPoint.Dispose();
        }
    }

    /// <summary>The report's next move and who makes it; null when it is accepted.</summary>
    private static (HttpClient Client, string Trigger)? NextMove(HttpClient reporter, HttpClient focalPoint, JsonElement report, Random random) =>
        report.GetProperty("state").GetString() switch
        {
            "draft" or "returned" => (reporter, "submit"),
            "submitted" => (focalPoint, random.Next(4) == 0 ? "accept" : "return"),
            _ => null,
        };

    public static async Task<HttpClient> SignInAsync(HostProcess host, string email)
    {
        var client = host.CreateClient();
        var response = await client.PostAsJsonAsync("/api/auth/token", new { email, password = DemoUsers.Password });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private static async Task<Guid> ConstituentAsync(HttpClient admin, string q, string type) =>
        (await admin.GetFromJsonAsync<JsonElement>($"/api/admin/constituents?q={q}&type={type}")).GetProperty("items")[0].GetProperty("id").GetGuid();
}
