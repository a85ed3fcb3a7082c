using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ModularReports.BuildingBlocks.Persistence;
using ModularReports.HostTesting;

namespace ModularReports.Host.Tests;

/// <summary>What every answer carries, and what the host trusts of a request (docs/security.md).</summary>
public sealed class WebSecurityTests
{
    [Fact]
    public async Task Every_answer_carries_the_security_headers_and_no_server_banner()
    {
        await using var host = await HostFactory.StartOnKestrelAsync(DatabaseProvider.Sqlite);
        using var client = new HttpClient { BaseAddress = host.ServerAddress };

        // A page with a form, a page without one, the API, an error, a static file.
        foreach (var path in new[] { "/account/sign-in", "/reports", "/api/public/progress-reports", "/no-such-page", "/css/site.css" })
        {
            var response = await client.GetAsync(path);
            var headers = response.Headers;
            Assert.Equal("nosniff", string.Join(",", response.Headers.GetValues("X-Content-Type-Options")));
            Assert.Equal("DENY", string.Join(",", headers.GetValues("X-Frame-Options")));
            Assert.Equal("strict-origin-when-cross-origin", string.Join(",", headers.GetValues("Referrer-Policy")));
            var policy = string.Join(",", headers.GetValues("Content-Security-Policy"));
            Assert.Contains("script-src 'self';", policy, StringComparison.Ordinal);
            Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
            Assert.False(headers.Contains("Server"), $"{path} names its server");
            Assert.False(headers.Contains("Strict-Transport-Security"), $"{path} sent HSTS over plain HTTP");
        }
    }

    [Fact]
    public async Task Behind_a_trusted_TLS_proxy_cookies_are_secure_and_HSTS_is_sent_and_an_untrusted_one_changes_nothing()
    {
        await using var host = await HostFactory.StartOnKestrelAsync(DatabaseProvider.Sqlite, new Dictionary<string, string?>
        {
            ["App:ForwardedHeaders:KnownProxies"] = "127.0.0.1,::1",
        });
        using var viaProxy = new HttpClient(new HttpClientHandler { UseCookies = false }) { BaseAddress = host.ServerAddress };
        viaProxy.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        viaProxy.DefaultRequestHeaders.Host = "reports.example.org";

        var page = await viaProxy.GetAsync("/account/sign-in");

        Assert.Contains("max-age=31536000", string.Join(",", page.Headers.GetValues("Strict-Transport-Security")), StringComparison.Ordinal);
        var cookies = page.Headers.GetValues("Set-Cookie").ToList();
        Assert.NotEmpty(cookies);
        Assert.All(cookies, c => Assert.Contains("secure", c, StringComparison.OrdinalIgnoreCase));

        // The same headers from a proxy nobody configured: plain HTTP as far as the host is concerned.
        await using var untrusting = await HostFactory.StartOnKestrelAsync(DatabaseProvider.Sqlite);
        using var direct = new HttpClient(new HttpClientHandler { UseCookies = false }) { BaseAddress = untrusting.ServerAddress };
        direct.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        direct.DefaultRequestHeaders.Host = "reports.example.org";
        var plain = await direct.GetAsync("/account/sign-in");
        Assert.False(plain.Headers.Contains("Strict-Transport-Security"));
        Assert.All(plain.Headers.GetValues("Set-Cookie"), c => Assert.DoesNotContain("secure", c, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task A_password_reset_link_never_follows_the_requests_host_header()
    {
        // The embedded default without App:PublicUrl: the address the server listens on.
        await using var host = await HostFactory.StartOnKestrelAsync(DatabaseProvider.Sqlite, new Dictionary<string, string?> { ["App:PublicUrl"] = "" });
        using var attacker = new HttpClient { BaseAddress = host.ServerAddress };
        attacker.DefaultRequestHeaders.Host = "attacker.example";
        attacker.DefaultRequestHeaders.Add("X-Forwarded-Host", "attacker.example");

        (await attacker.PostAsJsonAsync("/api/auth/forgot-password", new { email = DemoUsers.Reporter })).EnsureSuccessStatusCode();

        var (link, _, _) = Mailbox.LinkIn(await Mailbox.WaitForMessageToAsync(host.MailFolder, DemoUsers.Reporter));
        Assert.Equal(host.ServerAddress!.Port, link.Port);
        Assert.DoesNotContain("attacker", link.Host, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_a_public_url_every_link_uses_it()
    {
        await using var host = await HostFactory.StartAsync(DatabaseProvider.Sqlite, new Dictionary<string, string?> { ["App:PublicUrl"] = "https://reports.iucn.example/" });
        var client = host.CreateClient();
        client.DefaultRequestHeaders.Host = "attacker.example";

        (await client.PostAsJsonAsync("/api/auth/forgot-password", new { email = DemoUsers.Reporter })).EnsureSuccessStatusCode();

        var (link, _, _) = Mailbox.LinkIn(await Mailbox.WaitForMessageToAsync(host.MailFolder, DemoUsers.Reporter));
        Assert.StartsWith("https://reports.iucn.example/account/reset-password?", link.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_server_deployment_without_a_public_url_does_not_start_and_says_why()
    {
        // SQL Server is never reached: the check comes first.
        await using var database = await ModularReports.Testing.TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var host = new HostFactory(database, new Dictionary<string, string?>
        {
            ["Database:Provider"] = "SqlServer",
            ["ConnectionStrings:Default"] = "Server=nowhere;Database=none",
            ["App:PublicUrl"] = "",
        });

        var failure = Assert.ThrowsAny<Exception>(() => host.Services);
        Assert.Contains("App:PublicUrl is required", failure.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_API_reference_is_for_signed_in_people_and_never_names_the_requests_host()
    {
        await using var host = await HostFactory.StartAsync(DatabaseProvider.Sqlite);
        var anonymous = host.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/openapi/v1.json")).StatusCode);
        var page = await host.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false }).GetAsync("/scalar/");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode); // to the sign-in page

        var reporter = await host.ApiClientAsync(DemoUsers.Reporter);
        reporter.DefaultRequestHeaders.Host = "attacker.example";
        var document = await reporter.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        Assert.Equal(["https://reports.example.org"], document.GetProperty("servers").EnumerateArray().Select(s => s.GetProperty("url").GetString()));
        Assert.DoesNotContain("attacker", document.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_bus_reports_no_usage_to_anyone()
    {
        await using var host = await HostFactory.StartAsync(DatabaseProvider.Sqlite);

        Assert.False(host.Services.GetRequiredService<IOptions<UsageTelemetryOptions>>().Value.Enabled);
    }

    [Fact]
    public async Task Public_searches_are_limited_per_client_with_a_429_in_the_callers_language_saying_when_to_retry()
    {
        await using var host = await HostFactory.StartAsync(DatabaseProvider.Sqlite, new Dictionary<string, string?>
        {
            ["RateLimits:PublicSearch:PermitLimit"] = "3",
            ["RateLimits:PublicExport:PermitLimit"] = "1",
        });
        var client = host.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr");

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            statuses.Add((await client.GetAsync("/api/public/progress-reports?q=wildlife")).StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        var refused = await client.GetAsync("/api/public/progress-reports");
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("Réessayez dans", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);

        // The page says it too, in the visitor's language; the export has its own, smaller budget.
        var pageRefused = await client.GetAsync("/reports?q=x");
        Assert.Equal(HttpStatusCode.TooManyRequests, pageRefused.StatusCode);
        Assert.Contains("essayez dans", await pageRefused.Content.ReadAsStringAsync(), StringComparison.Ordinal); // "Ré" is encoded in HTML
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/public/progress-reports.csv")).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await client.GetAsync("/api/public/progress-reports.csv")).StatusCode);
    }

    [Fact]
    public async Task Viewing_the_sign_in_page_does_not_use_up_the_sign_in_attempts()
    {
        await using var host = await HostFactory.StartAsync(
            DatabaseProvider.Sqlite, new Dictionary<string, string?> { ["Identity:SignInRateLimit:PermitLimit"] = "3" });
        var office = host.CreateClient();
        for (var i = 0; i < 20; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await office.GetAsync("/account/sign-in")).StatusCode);
        }

        Assert.Equal(HttpStatusCode.Redirect, (await (await host.BrowserClientAsync()).PostFormAsync(
            "/account/sign-in", new() { ["Input.Email"] = DemoUsers.Reporter, ["Input.Password"] = DemoUsers.Password })).StatusCode);
    }
}
