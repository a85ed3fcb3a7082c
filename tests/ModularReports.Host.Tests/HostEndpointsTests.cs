using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ModularReports.BuildingBlocks.Persistence;
using ModularReports.HostTesting;
using ModularReports.Testing;

namespace ModularReports.Host.Tests;

public sealed class HostEndpointsTests
{
    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task On_a_fresh_database_every_module_is_migrated_and_the_host_is_ready(DatabaseProvider provider)
    {
        Providers.RequireAvailable(provider);
        await using var host = await HostFactory.StartAsync(provider);
        var client = host.CreateClient();

        var ready = await client.GetAsync("/health/ready");
        var report = await ready.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Healthy", report.GetProperty("status").GetString());
        var checks = report.GetProperty("checks").EnumerateArray().Select(c => c.GetProperty("name").GetString()).ToList();
        Assert.Contains("databases", checks);
        Assert.Contains("masstransit-bus", checks);

        await using var scope = host.Services.CreateAsyncScope();
        var modules = scope.ServiceProvider.GetServices<ModuleDatabase>().ToList();
        Assert.Equal(["identity", "constituencies", "workflow", "reporting", "notifications"], modules.Select(m => m.Schema));
        foreach (var module in modules)
        {
            var db = (DbContext)scope.ServiceProvider.GetRequiredService(module.ContextType);
            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
            Assert.NotEmpty(await db.Database.GetAppliedMigrationsAsync());
        }
    }

    [Fact]
    public async Task A_bus_that_is_down_degrades_the_node_but_leaves_it_ready()
    {
        await using var host = await HostFactory.StartAsync(DatabaseProvider.Sqlite);
        await host.Services.GetRequiredService<MassTransit.IBusControl>().StopAsync();

        var ready = await host.CreateClient().GetAsync("/health/ready");
        var report = await ready.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Degraded", report.GetProperty("status").GetString());
        var bus = report.GetProperty("checks").EnumerateArray().Single(c => c.GetProperty("name").GetString() == "masstransit-bus");
        Assert.Equal("Degraded", bus.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.OK, (await host.CreateClient().GetAsync("/api/resolutions?q=054")).StatusCode); // it still serves

        // Monitoring sees it as a metric: the bus check at 1 (degraded), the databases at 0.
        var checks = host.Services.GetRequiredService<Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckService>();
        var publisher = host.Services.GetServices<Microsoft.Extensions.Diagnostics.HealthChecks.IHealthCheckPublisher>().Single();
        await publisher.PublishAsync(await checks.CheckHealthAsync(c => c.Tags.Contains("ready")), CancellationToken.None);
        var measured = new Dictionary<string, int>();
        var meters = host.Services.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>();
        using var listener = new System.Diagnostics.Metrics.MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Name == "modularreports.health.status" && instrument.Meter.Scope == meters)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<int>((_, value, tags, _) =>
        {
            foreach (var tag in tags)
            {
                if (tag.Key == "check")
                {
                    measured[(string)tag.Value!] = value;
                }
            }
        });
        listener.Start();
        listener.RecordObservableInstruments();
        Assert.Equal(1, measured["masstransit-bus"]);
        Assert.Equal(0, measured["databases"]);
    }

    [Fact]
    public async Task Liveness_answers_without_touching_dependencies()
    {
        await using var host = await HostFactory.StartAsync(DatabaseProvider.Sqlite);

        var live = await host.CreateClient().GetAsync("/health/live");

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
    }

    [Fact]
    public async Task The_OpenAPI_document_and_the_API_reference_page_are_served_to_API_clients()
    {
        await using var host = await HostFactory.StartAsync(DatabaseProvider.Sqlite);
        var client = await host.ApiClientAsync(DemoUsers.Reporter);

        var document = await client.GetAsync("/openapi/v1.json");
        var json = await document.Content.ReadFromJsonAsync<JsonElement>();
        var reference = await client.GetAsync("/scalar/v1");

        Assert.Equal(HttpStatusCode.OK, document.StatusCode);
        Assert.StartsWith("3.", json.GetProperty("openapi").GetString(), StringComparison.Ordinal);
        var act = json.GetProperty("paths").GetProperty("/api/activity-reports/{id}/actions/{trigger}").GetProperty("post");
        Assert.True(act.GetProperty("responses").TryGetProperty("204", out _)); // the answer to Prefer: return=minimal
        Assert.Contains("return=minimal", act.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, reference.StatusCode);
        Assert.Equal("text/html", reference.Content.Headers.ContentType?.MediaType);

        // Request bodies are described with their fields and the values vocabulary fields allow.
        var schemas = json.GetProperty("components").GetProperty("schemas");
        var patch = json.GetProperty("paths").GetProperty("/api/progress-reports/{id}").GetProperty("patch").GetProperty("requestBody").GetProperty("content");
        Assert.True(patch.TryGetProperty("application/merge-patch+json", out var mergePatch));
        Assert.Equal("#/components/schemas/ProgressReportPatch", mergePatch.GetProperty("schema").GetProperty("$ref").GetString());
        var progress = schemas.GetProperty("ProgressReportPatch").GetProperty("properties");
        Assert.Contains("underway", progress.GetProperty("implementationStatus").GetProperty("enum").EnumerateArray().Select(v => v.GetString()));
        Assert.Contains("Policy influencing/advocacy", progress.GetProperty("actionCategories").GetProperty("items").GetProperty("enum").EnumerateArray().Select(v => v.GetString()));
        var activity = schemas.GetProperty("ActivityReportPatch").GetProperty("properties");
        Assert.True(activity.TryGetProperty("periodFrom", out _));
        var action = activity.GetProperty("actions").GetProperty("items");
        action = action.TryGetProperty("$ref", out var actionRef) ? schemas.GetProperty(actionRef.GetString()!.Split('/')[^1]) : action;
        Assert.Equal(["On-going", "Completed"], action.GetProperty("properties").GetProperty("status").GetProperty("enum").EnumerateArray().Select(v => v.GetString()));
    }

    [Theory]
    [InlineData("/reports/0190a1b2-0000-7000-8000-000000000000", "fr", "Cette page n'existe pas.")]
    [InlineData("/reports/activity/0190a1b2-0000-7000-8000-000000000000", "es", "Esta página no existe.")]
    [InlineData("/resolutions/0190a1b2-0000-7000-8000-000000000000", "en", "This page does not exist.")]
    [InlineData("/reports/not-a-guid", "en", "This page does not exist.")]
    [InlineData("/resolutions/not-a-guid/reports", "fr", "Cette page n'existe pas.")]
    [InlineData("/questionnaires/poems", "es", "Esta página no existe.")]
    public async Task A_visitor_asking_for_a_public_page_that_does_not_exist_gets_a_page_in_their_language(string path, string language, string title)
    {
        await using var host = await HostFactory.StartAsync(DatabaseProvider.Sqlite);
        var visitor = host.CreateClient(new() { AllowAutoRedirect = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.ParseAdd("text/html");
        request.Headers.AcceptLanguage.ParseAdd(language);

        using var response = await visitor.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(title, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task The_vocabularies_are_served_with_labels_in_three_languages()
    {
        await using var host = await HostFactory.StartAsync(DatabaseProvider.Sqlite);

        var vocabularies = await host.CreateClient().GetFromJsonAsync<JsonElement>("/api/vocabularies");

        var category = vocabularies.GetProperty("actionCategories").EnumerateArray().Single(c => c.GetProperty("code").GetString() == "Policy influencing/advocacy");
        Assert.Equal("Influence politique/plaidoyer", category.GetProperty("labels").GetProperty("fr").GetString());
        var status = vocabularies.GetProperty("implementationStatuses")[0];
        Assert.Equal(("not-started", "Not started"), (status.GetProperty("code").GetString(), status.GetProperty("labels").GetProperty("en").GetString()));
        Assert.Equal(["A", "B", "C", "D"], vocabularies.GetProperty("membershipCategories").EnumerateArray().Select(c => c.GetProperty("code").GetString()));
        Assert.Equal("Afiliados", vocabularies.GetProperty("membershipCategories")[3].GetProperty("labels").GetProperty("es").GetString());
        Assert.Equal(8, vocabularies.GetProperty("regions").GetArrayLength());
        Assert.Equal("Afrique", vocabularies.GetProperty("regions")[0].GetProperty("labels").GetProperty("fr").GetString());
        Assert.Equal(["On-going", "Completed"], vocabularies.GetProperty("actionStatuses").EnumerateArray().Select(c => c.GetProperty("code").GetString()));
        Assert.Contains(vocabularies.GetProperty("constituentTypes").EnumerateArray(), t => t.GetProperty("code").GetString() == "NationalCommittee");
    }

    [Theory]
    [InlineData(false, "GET", "/api/no-such-thing", 401)]
    [InlineData(true, "GET", "/api/no-such-thing", 404)]
    [InlineData(true, "DELETE", "/api/me", 405)]
    public async Task API_errors_without_a_body_of_their_own_are_problem_details(bool signedIn, string method, string path, int status)
    {
        await using var host = await HostFactory.StartAsync(DatabaseProvider.Sqlite);
        var client = signedIn ? await host.ApiClientAsync(DemoUsers.Reporter) : host.CreateClient();

        var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(status, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("title").GetString()));
        Assert.StartsWith("https://tools.ietf.org/html/rfc9110", problem.GetProperty("type").GetString(), StringComparison.Ordinal);
        Assert.True(problem.TryGetProperty("traceId", out _));
    }

    [Fact]
    public async Task A_browser_asking_for_a_page_that_does_not_exist_gets_an_error_page()
    {
        await using var host = await HostFactory.StartAsync(DatabaseProvider.Sqlite);

        var response = await (await host.BrowserClientAsync(DemoUsers.Reporter)).GetAsync("/no-such-page");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("This page does not exist.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_jobs_dashboard_is_for_admins_only()
    {
        await using var host = await HostFactory.StartAsync(DatabaseProvider.Sqlite);

        var anonymous = await (await host.BrowserClientAsync()).GetAsync("/admin/jobs");
        var reporter = await (await host.BrowserClientAsync(DemoUsers.Reporter)).GetAsync("/admin/jobs");
        var admin = await (await host.BrowserClientAsync(DemoUsers.Admin)).GetAsync("/admin/jobs");

        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.StartsWith("/account/sign-in", anonymous.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, reporter.StatusCode);
        Assert.Equal(HttpStatusCode.OK, admin.StatusCode);
    }
}
