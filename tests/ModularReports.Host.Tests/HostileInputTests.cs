using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;
using ModularReports.BuildingBlocks.Persistence;
using ModularReports.HostTesting;

namespace ModularReports.Host.Tests;

/// <summary>
/// The inputs a security review found answered with a 500 or taken whole: each is now a 400 (or 409, 412, 413) with
/// problem details naming the field, and changes nothing.
/// </summary>
public sealed class HostileInputTests
{
    [Theory]
    [InlineData("/api/public/progress-reports?q=%EF%BF%BE", "q")]
    [InlineData("/api/public/progress-reports?congress=WCC%EF%BF%BE", "congress")]
    [InlineData("/api/resolutions?q=x%C2%9Fy", "q")] // a C1 control character
    [InlineData("/api/public/progress-reports?q=a%07b", "q")] // a control character
    public async Task Non_characters_and_control_characters_in_a_search_are_a_400_naming_the_field(string path, string field)
    {
        await using var host = await HostFactory.StartAsync(DatabaseProvider.Sqlite);

        var response = await host.CreateClient().GetAsync(path);

        await AssertNamesAsync(response, HttpStatusCode.BadRequest, field);
        var page = await host.CreateClient().GetAsync("/reports?q=%EF%BF%BE");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode); // the page shows the message beside the field
        Assert.Contains("not allowed in text", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invalid_UTF8_inside_a_JSON_string_is_a_400_naming_the_field_and_changes_nothing()
    {
        await using var host = await HostFactory.StartAsync(DatabaseProvider.Sqlite);
        var reporter = await host.ApiClientAsync(DemoUsers.Reporter);
        var id = await DraftAsync(host, reporter);
        var body = Encoding.UTF8.GetBytes("{\"results\":\"abc").Concat(new byte[] { 0xFF, 0xFE }).Concat(Encoding.UTF8.GetBytes("\"}")).ToArray();
        using var request = new HttpRequestMessage(HttpMethod.Patch, $"/api/activity-reports/{id}") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.IfMatch.Add(new EntityTagHeaderValue("\"0\""));

        await AssertNamesAsync(await reporter.SendAsync(request), HttpStatusCode.BadRequest, "results");
        var report = await reporter.GetFromJsonAsync<JsonElement>($"/api/activity-reports/{id}");
        Assert.Equal(0, report.GetProperty("version").GetInt32());
    }

    [Theory]
    [InlineData("/account/sign-in?ReturnUrl=%2Fr%C3%A9solutions%2Fd%C3%A9tail", "/r%C3%A9solutions/d%C3%A9tail")]
    [InlineData("/account/sign-in?ReturnUrl=%2Freports%3Fq%3D%E2%82%AC", "/reports?q=%E2%82%AC")]
    [InlineData("/account/sign-in?ReturnUrl=%2F%0D%0ASet-Cookie%3Ax", "/")]
    [InlineData("/account/sign-in?ReturnUrl=https%3A%2F%2Fattacker.example%2F", "/")]
    public async Task A_return_address_with_accents_or_worse_after_sign_in_is_a_redirect_never_an_error(string signInPath, string location)
    {
        await using var host = await HostFactory.StartAsync(DatabaseProvider.Sqlite);
        var browser = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

        var signedIn = await browser.PostFormAsync(signInPath, new() { ["Input.Email"] = DemoUsers.Reporter, ["Input.Password"] = DemoUsers.Password });
        var switched = await browser.PostFormAsync(
            "/account/language", new() { ["language"] = "fr", ["returnUrl"] = Uri.UnescapeDataString(signInPath.Split("ReturnUrl=")[1]) }, "/");

        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal(location, signedIn.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        Assert.Equal(location, switched.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_timer_longer_than_a_TimeSpan_in_a_draft_is_one_of_its_problems_not_an_error()
    {
        await using var host = await HostFactory.StartAsync(DatabaseProvider.Sqlite);
        var admin = await host.ApiClientAsync(DemoUsers.Admin);
        const string path = "/api/admin/workflows/activity-report-review";
        var details = await admin.GetFromJsonAsync<JsonElement>(path);
        var json = JsonNode.Parse(details.GetProperty("draftJson").GetString()!)!;
        json["timers"]![0]!["after"] = "P99999999D";

        var saved = await admin.PutAsJsonAsync($"{path}/draft", new { json = json.ToJsonString(), version = details.GetProperty("version").GetInt32() });

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var problems = (await saved.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("draftErrors").EnumerateArray().ToList();
        Assert.Contains(problems, p => p.GetProperty("path").GetString() == "$.timers[0].after");
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.PostAsync($"{path}/publish", null)).StatusCode);
    }

    [Fact]
    public async Task Identical_submits_at_the_same_moment_are_one_success_and_conflicts_never_an_error()
    {
        await using var host = await HostFactory.StartAsync(DatabaseProvider.Sqlite);
        var reporter = await host.ApiClientAsync(DemoUsers.Reporter);
        var statuses = new List<HttpStatusCode>();
        for (var round = 0; round < 10; round++)
        {
            var id = await DraftAsync(host, reporter, complete: true);
            var answers = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => reporter.ActAsync(id, "submit")));
            statuses.AddRange(answers.Select(a => a.StatusCode));
            Assert.Single(answers, a => a.StatusCode == HttpStatusCode.OK);
            Assert.Equal(1, (await reporter.GetFromJsonAsync<JsonElement>($"/api/activity-reports/{id}/versions")).GetArrayLength());
        }

        Assert.All(statuses, s => Assert.Contains(s, new[] { HttpStatusCode.OK, HttpStatusCode.Conflict }));
    }

    [Fact]
    public async Task An_action_sent_with_a_stale_ETag_is_a_412_and_changes_nothing()
    {
        await using var host = await HostFactory.StartAsync(DatabaseProvider.Sqlite);
        var reporter = await host.ApiClientAsync(DemoUsers.Reporter);
        var id = await DraftAsync(host, reporter, complete: true); // version 1
        using var stale = new HttpRequestMessage(HttpMethod.Post, $"/api/activity-reports/{id}/actions/submit") { Content = JsonContent.Create(new { }) };
        stale.Headers.IfMatch.Add(new EntityTagHeaderValue("\"0\""));

        var refused = await reporter.SendAsync(stale);

        Assert.Equal(HttpStatusCode.PreconditionFailed, refused.StatusCode);
        Assert.Equal(1, (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("currentVersion").GetInt32());
        Assert.Equal("draft", (await reporter.GetFromJsonAsync<JsonElement>($"/api/activity-reports/{id}")).GetProperty("state").GetString());
        using var current = new HttpRequestMessage(HttpMethod.Post, $"/api/activity-reports/{id}/actions/submit") { Content = JsonContent.Create(new { }) };
        current.Headers.IfMatch.Add(new EntityTagHeaderValue("\"1\""));
        Assert.Equal(HttpStatusCode.OK, (await reporter.SendAsync(current)).StatusCode);
    }

    [Theory]
    [InlineData("/api/resolutions?page=2147483647")]
    [InlineData("/api/public/progress-reports?page=2147483647")]
    [InlineData("/api/activity-reports?page=2147483647")]
    [InlineData("/api/progress-reports?page=2147483647")]
    [InlineData("/api/admin/users?page=2147483647")]
    [InlineData("/api/admin/constituents?page=2147483647")]
    public async Task A_page_number_beyond_any_list_is_a_400_naming_it_not_the_first_page(string path)
    {
        await using var host = await HostFactory.StartAsync(DatabaseProvider.Sqlite);

        await AssertNamesAsync(await (await host.ApiClientAsync(DemoUsers.Admin)).GetAsync(path), HttpStatusCode.BadRequest, "page");
    }

    [Fact]
    public async Task Lists_and_texts_of_a_report_are_bounded_and_ids_kept_once()
    {
        await using var host = await HostFactory.StartAsync(DatabaseProvider.Sqlite);
        var reporter = await host.ApiClientAsync(DemoUsers.Reporter);
        var id = await DraftAsync(host, reporter);
        var member = await host.ConstituentAsync("KWS", "Member");

        await AssertNamesAsync(await reporter.PatchAsync(id, new { memberIds = Enumerable.Range(0, 2_001).Select(_ => Guid.NewGuid()) }, 0), HttpStatusCode.BadRequest, "memberIds");
        await AssertNamesAsync(await reporter.PatchAsync(id, new { commissionIds = Enumerable.Range(0, 21).Select(_ => Guid.NewGuid()) }, 0), HttpStatusCode.BadRequest, "commissionIds");
        var action = new { category = "Capacity-building", description = "Trained rangers.", status = "Completed" };
        await AssertNamesAsync(await reporter.PatchAsync(id, new { actions = Enumerable.Repeat(action, 51) }, 0), HttpStatusCode.BadRequest, "actions");
        await AssertNamesAsync(
            await reporter.PatchAsync(id, new { actions = new[] { action with { description = new string('x', 4_001) } } }, 0), HttpStatusCode.BadRequest, "actions[0].description");
        Assert.Equal(0, (await reporter.GetFromJsonAsync<JsonElement>($"/api/activity-reports/{id}")).GetProperty("version").GetInt32());

        var kept = await reporter.PatchAsync(id, new { memberIds = Enumerable.Repeat(member, 300) }, 0);
        Assert.Equal(HttpStatusCode.OK, kept.StatusCode);
        Assert.Equal([member], (await kept.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("memberIds").EnumerateArray().Select(m => m.GetGuid()));

        // A return comment is journaled and e-mailed: bounded too.
        var submitted = await DraftAsync(host, reporter, complete: true);
        (await reporter.ActAsync(submitted, "submit")).EnsureSuccessStatusCode();
        var focalPoint = await host.ApiClientAsync(DemoUsers.FocalPoint);
        await AssertNamesAsync(await focalPoint.ActAsync(submitted, "return", new string('c', 4_001)), HttpStatusCode.BadRequest, "comment");
    }

    [Fact]
    public async Task A_body_beyond_the_limit_is_a_413_before_it_is_read()
    {
        await using var host = await HostFactory.StartOnKestrelAsync(DatabaseProvider.Sqlite);
        var reporter = await host.ApiClientAsync(DemoUsers.Reporter);
        // Asking to continue lets the client hear the refusal instead of writing megabytes into a closing socket.
        using var client = new HttpClient(new SocketsHttpHandler { Expect100ContinueTimeout = TimeSpan.FromMinutes(1) })
        {
            BaseAddress = host.ServerAddress,
        };
        client.DefaultRequestHeaders.Authorization = reporter.DefaultRequestHeaders.Authorization;
        client.DefaultRequestHeaders.ExpectContinue = true;
        var id = await DraftAsync(host, reporter);

        var huge = await client.PatchAsync(id, new { results = new string('x', 3 * 1024 * 1024) }, 0);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, huge.StatusCode);
        Assert.Equal("application/problem+json", huge.Content.Headers.ContentType?.MediaType);
    }

    private static async Task<Guid> DraftAsync(HostFactory host, HttpClient reporter, bool complete = false)
    {
        var resolution = await host.ResolutionAsync("WCC-2020-Res-054");
        var id = (await (await reporter.PostAsJsonAsync("/api/activity-reports", new { resolutionId = resolution })).JsonAsync()).GetProperty("id").GetGuid();
        if (complete)
        {
            var fields = Reports.CompleteFields(await host.ConstituentAsync("KWS", "Member"), await host.ConstituentAsync("SSC", "Commission"));
            (await reporter.PatchAsync(id, fields, 0)).EnsureSuccessStatusCode();
        }

        return id;
    }

    private static async Task AssertNamesAsync(HttpResponseMessage response, HttpStatusCode status, string field)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"{(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = JsonDocument.Parse(body).RootElement.GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out _), $"the problem does not name '{field}': {body}");
    }
}
