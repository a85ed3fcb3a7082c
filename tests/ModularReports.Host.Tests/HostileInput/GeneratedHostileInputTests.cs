using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ModularReports.BuildingBlocks.Persistence;
using ModularReports.HostTesting;
using Xunit.Abstractions;

namespace ModularReports.Host.Tests.HostileInput;

/// <summary>
/// Every API endpoint, from the application's own OpenAPI document, against values of the wrong kind (see
/// <see cref="HostileCases"/>), as an admin (who may reach the most): never a server error; a 400 is problem details
/// naming the field that was made wrong; and a refused request leaves the stored data as it was.
/// </summary>
public sealed class GeneratedHostileInputTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Every_endpoint_refuses_hostile_input_without_a_server_error_naming_the_field_and_storing_nothing()
    {
        await using var host = await HostFactory.StartOnKestrelAsync(DatabaseProvider.Sqlite, new Dictionary<string, string?>
        {
            ["RateLimits:PublicExport:PermitLimit"] = "100000",
            ["Identity:SignInRateLimit:PermitLimit"] = "100000",
            ["Logging:LogLevel:Default"] = "None",
        });
        using var admin = new HttpClient { BaseAddress = host.ServerAddress, Timeout = TimeSpan.FromSeconds(60) };
        admin.DefaultRequestHeaders.Authorization = (await host.ApiClientAsync(DemoUsers.Admin)).DefaultRequestHeaders.Authorization;
        var real = await RealValuesAsync(host, admin);
        var document = await admin.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var cases = HostileCases.From(document, (path, parameter) => real(path, parameter));
        var stored = new StoredData(host.Database.ConnectionString);
        var failures = new List<string>();
        var refusedNaming = new Dictionary<string, HashSet<string>>();
        var statuses = new Dictionary<int, int>();
        var started = Stopwatch.StartNew();

        foreach (var hostile in cases)
        {
            var before = await stored.FingerprintAsync();
            using var request = new HttpRequestMessage(hostile.Method, hostile.Path) { Content = hostile.Content() };
            HttpResponseMessage response;
            try
            {
                response = await admin.SendAsync(request);
            }
            catch (HttpRequestException e)
            {
                // A body over the limit may be refused (413) and the connection closed while it is still being sent.
                if (hostile.Description != HostileValues.Oversized)
                {
                    failures.Add($"{hostile}: the connection failed ({e.Message})");
                }

                continue;
            }

            var status = (int)response.StatusCode;
            statuses[status] = statuses.GetValueOrDefault(status) + 1;
            var body = await response.Content.ReadAsStringAsync();
            if (status >= 500)
            {
                failures.Add($"{hostile}: {status} {Shorten(body)}");
            }
            else if (status >= 400)
            {
                if (StoredData.Changed(before, await stored.FingerprintAsync()) is { Count: > 0 } changed)
                {
                    failures.Add($"{hostile}: refused with {status}, yet {string.Join(", ", changed)} changed");
                }

                if (status == 400 && Problem(response, body, hostile, await NamedByValidRequestAsync(admin, hostile, refusedNaming)) is { } problem)
                {
                    failures.Add($"{hostile}: {problem}");
                }
            }
            else
            {
                // Background work a success started (an import, events) is done before the next case.
                if (response.StatusCode == HttpStatusCode.Accepted && response.Headers.Location is { } job)
                {
                    await FinishedAsync(admin, job);
                }

                await SettledAsync(stored);
            }
        }

        output.WriteLine($"{cases.Count} cases in {started.Elapsed.TotalSeconds:0} s; answers: {string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key} x{s.Value}"))}");
        Assert.True(cases.Count >= 1000, $"only {cases.Count} cases");
        Assert.True(failures.Count == 0, $"{failures.Count} failures:\n{string.Join('\n', failures.Take(60))}");
    }

    /// <summary>What is wrong with a 400's body, if anything: it must be problem details that name the field made wrong.</summary>
    private static string? Problem(HttpResponseMessage response, string body, HostileCase hostile, HashSet<string> namedAnyway)
    {
        if (response.Content.Headers.ContentType?.MediaType != "application/problem+json")
        {
            // A line break in the path is refused by the HTTP server itself, before the application sees the request.
            var brokenRequestLine = body.Length == 0 && new[] { "%0D", "%0A", "%00" }.Any(c => hostile.Path.Contains(c, StringComparison.Ordinal));
            return brokenRequestLine ? null : $"400 that is not problem details: {Shorten(body)}";
        }

        if (hostile.Field is not { } field)
        {
            return null;
        }

        var named = body.Length > 0 && JsonDocument.Parse(body).RootElement.TryGetProperty("errors", out var errors)
            ? errors.EnumerateObject().Select(e => e.Name).ToList()
            : [];
        bool Names(string key) => key.Equals(field, StringComparison.OrdinalIgnoreCase)
            || key.StartsWith(field + ".", StringComparison.OrdinalIgnoreCase) || key.StartsWith(field + "[", StringComparison.OrdinalIgnoreCase);
        // The hostile value may be acceptable: then the 400 is about what a valid request is refused for too.
        return named.Any(Names) || (named.Count > 0 && named.All(namedAnyway.Contains)) ? null : $"400 does not name '{field}': {Shorten(body)}";
    }

    /// <summary>The fields the operation's valid-looking request is refused for (a password that is not the person's, say), asked once.</summary>
    private static async Task<HashSet<string>> NamedByValidRequestAsync(HttpClient admin, HostileCase hostile, Dictionary<string, HashSet<string>> known)
    {
        if (known.TryGetValue(hostile.Operation, out var named))
        {
            return named;
        }

        named = [];
        using var request = new HttpRequestMessage(hostile.Method, hostile.Valid.Path) { Content = hostile.Valid.Content() };
        var response = await admin.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        // A valid request may start background work (an import): it is done before the next case compares the tables.
        if (response.StatusCode == HttpStatusCode.Accepted && response.Headers.Location is { } job)
        {
            await FinishedAsync(admin, job);
        }

        if (response.StatusCode == HttpStatusCode.BadRequest && body.Length > 0 && JsonDocument.Parse(body).RootElement.TryGetProperty("errors", out var errors))
        {
            named.UnionWith(errors.EnumerateObject().Select(e => e.Name));
        }

        known[hostile.Operation] = named;
        return named;
    }

    /// <summary>Waits for work accepted for later (an import job) to end; on a busy machine a job may wait its turn.</summary>
    private static async Task FinishedAsync(HttpClient admin, Uri job)
    {
        for (var i = 0; i < 900; i++)
        {
            if ((await admin.GetFromJsonAsync<JsonElement>(job)).GetProperty("status").GetString() is "Completed" or "Rejected" or "Failed")
            {
                return;
            }

            await Task.Delay(100);
        }
    }

    private static async Task SettledAsync(StoredData stored)
    {
        var last = await stored.FingerprintAsync();
        for (var i = 0; i < 20; i++)
        {
            await Task.Delay(100);
            var now = await stored.FingerprintAsync();
            if (StoredData.Changed(last, now).Count == 0)
            {
                return;
            }

            last = now;
        }
    }

    /// <summary>Real values for path parameters, so that a case reaches the code behind the route with only its own value wrong.</summary>
    private static async Task<Func<string, string, string>> RealValuesAsync(HostFactory host, HttpClient admin)
    {
        var reporter = await host.ApiClientAsync(DemoUsers.Reporter);
        var resolution = await host.ResolutionAsync("WCC-2020-Res-054");
        var draft = (await (await reporter.PostAsJsonAsync("/api/activity-reports", new { resolutionId = resolution })).JsonAsync()).GetProperty("id").GetGuid();
        var progress = (await admin.GetFromJsonAsync<JsonElement>("/api/progress-reports")).GetProperty("items")[0].GetProperty("id").GetGuid();
        var user = (await admin.GetFromJsonAsync<JsonElement>("/api/admin/users?q=reporter")).GetProperty("items")[0].GetProperty("id").GetGuid();
        var constituent = await host.ConstituentAsync("KWS", "Member");
        var period = (await admin.GetFromJsonAsync<JsonElement>("/api/reporting-periods"))[0].GetProperty("id").GetGuid();
        return (path, parameter) => (path, parameter) switch
        {
            (_, "key") => "activity-report-review",
            (_, "number" or "from" or "to") => "1",
            (_, "trigger") => "submit",
            (_, "resolutionId") => resolution.ToString(),
            (var p, "id") when p.StartsWith("/api/activity-reports", StringComparison.Ordinal) => draft.ToString(),
            (var p, "id") when p.Contains("progress-reports", StringComparison.Ordinal) => progress.ToString(),
            (var p, "id") when p.StartsWith("/api/admin/users", StringComparison.Ordinal) => user.ToString(),
            (var p, "id") when p.StartsWith("/api/admin/constituents", StringComparison.Ordinal) => constituent.ToString(),
            (var p, "id") when p.StartsWith("/api/admin/reporting-periods", StringComparison.Ordinal) => period.ToString(),
            (var p, "id") when p.StartsWith("/api/resolutions", StringComparison.Ordinal) || p.StartsWith("/api/public/resolutions", StringComparison.Ordinal) => resolution.ToString(),
            _ => Guid.NewGuid().ToString(),
        };
    }

    private static string Shorten(string text) => text.Length > 300 ? text[..300] + "…" : text;
}
