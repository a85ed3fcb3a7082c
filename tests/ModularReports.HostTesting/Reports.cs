using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ModularReports.HostTesting;

namespace ModularReports.HostTesting;

/// <summary>Report API calls the tests of several modules make (drafting, acting, periods), through the real endpoints.</summary>
public static class Reports
{
    public static async Task<Guid> ResolutionAsync(this HostFactory host, string code) =>
        (await host.CreateClient().GetFromJsonAsync<JsonElement>($"/api/resolutions?q={code}")).GetProperty("items")[0].GetProperty("id").GetGuid();

    public static async Task<Guid> ConstituentAsync(this HostFactory host, string q, string type) =>
        (await (await host.ApiClientAsync(DemoUsers.Admin)).GetFromJsonAsync<JsonElement>($"/api/admin/constituents?q={q}&type={type}")).GetProperty("items")[0].GetProperty("id").GetGuid();

    public static async Task<HttpResponseMessage> PatchAsync(this HttpClient client, Guid id, object patch, int? ifMatch)
    {
        using var request = new HttpRequestMessage(HttpMethod.Patch, $"/api/activity-reports/{id}")
        {
            Content = new StringContent(JsonSerializer.Serialize(patch), Encoding.UTF8, "application/json"),
        };
        if (ifMatch is { } version)
        {
            request.Headers.IfMatch.Add(new EntityTagHeaderValue($"\"{version}\""));
        }

        return await client.SendAsync(request);
    }

    public static Task<HttpResponseMessage> ActAsync(this HttpClient client, Guid id, string trigger, string? comment = null) =>
        client.PostAsJsonAsync($"/api/activity-reports/{id}/actions/{trigger}", new { comment });

    public static Task<HttpResponseMessage> ActOnProgressAsync(this HttpClient client, Guid id, string trigger, string? comment = null) =>
        client.PostAsJsonAsync($"/api/progress-reports/{id}/actions/{trigger}", new { comment });

    public static async Task<HttpResponseMessage> PatchProgressAsync(this HttpClient client, Guid id, object patch, int? ifMatch)
    {
        using var request = new HttpRequestMessage(HttpMethod.Patch, $"/api/progress-reports/{id}")
        {
            Content = new StringContent(JsonSerializer.Serialize(patch), Encoding.UTF8, "application/json"),
        };
        if (ifMatch is { } version)
        {
            request.Headers.IfMatch.Add(new EntityTagHeaderValue($"\"{version}\""));
        }

        return await client.SendAsync(request);
    }

    /// <summary>A reporting period created by the admin.</summary>
    public static async Task<Guid> PeriodAsync(this HostFactory host, string name, string startsOn, string endsOn, string dueOn)
    {
        var admin = await host.ApiClientAsync(DemoUsers.Admin);
        var existing = (await admin.GetFromJsonAsync<JsonElement>("/api/reporting-periods")).EnumerateArray().FirstOrDefault(p => p.GetProperty("name").GetString() == name);
        if (existing.ValueKind == JsonValueKind.Object)
        {
            return existing.GetProperty("id").GetGuid();
        }

        var created = await admin.PostAsJsonAsync("/api/admin/reporting-periods", new { name, startsOn, endsOn, dueOn });
        created.EnsureSuccessStatusCode();
        return (await created.JsonAsync()).GetProperty("id").GetGuid();
    }

    /// <summary>A complete activity report on a resolution (054 unless named), submitted by <paramref name="reporter"/>.</summary>
    public static async Task<Guid> SubmittedActivityReportAsync(this HostFactory host, HttpClient reporter, string resolutionCode = "WCC-2020-Res-054")
    {
        var id = (await (await reporter.PostAsJsonAsync("/api/activity-reports", new { resolutionId = await host.ResolutionAsync(resolutionCode) })).JsonAsync())
            .GetProperty("id").GetGuid();
        (await reporter.PatchAsync(id, CompleteFields(await host.ConstituentAsync("KWS", "Member"), await host.ConstituentAsync("SSC", "Commission")), 0))
            .EnsureSuccessStatusCode();
        (await reporter.ActAsync(id, "submit")).EnsureSuccessStatusCode();
        return id;
    }

    /// <summary>A progress report of a resolution and period, started and filled in with <paramref name="fields"/> (a draft).</summary>
    public static async Task<Guid> DraftProgressReportAsync(this HttpClient focalPoint, Guid resolution, Guid period, object fields)
    {
        var created = await focalPoint.PostAsJsonAsync("/api/progress-reports", new { resolutionId = resolution, periodId = period });
        created.EnsureSuccessStatusCode();
        var id = (await created.JsonAsync()).GetProperty("id").GetGuid();
        (await focalPoint.PatchProgressAsync(id, fields, 0)).EnsureSuccessStatusCode();
        return id;
    }

    /// <summary>An activity report drafted with <paramref name="fields"/>, submitted and accepted by the demo focal point.</summary>
    public static async Task<Guid> AcceptedActivityReportAsync(this HostFactory host, HttpClient reporter, Guid resolution, object fields)
    {
        var id = (await (await reporter.PostAsJsonAsync("/api/activity-reports", new { resolutionId = resolution })).JsonAsync()).GetProperty("id").GetGuid();
        (await reporter.PatchAsync(id, fields, 0)).EnsureSuccessStatusCode();
        (await reporter.ActAsync(id, "submit")).EnsureSuccessStatusCode();
        (await (await host.ApiClientAsync(DemoUsers.FocalPoint)).ActAsync(id, "accept")).EnsureSuccessStatusCode();
        return id;
    }

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response) => await response.Content.ReadFromJsonAsync<JsonElement>();

    public static object CompleteFields(Guid member, Guid commission) => new
    {
        periodFrom = "2024-01-01",
        periodTo = "2024-12-31",
        geographicScope = "Colombia, Ecuador y Perú",
        memberIds = new[] { member },
        commissionIds = new[] { commission },
        secretariatInvolved = true,
        otherOrganisations = "Fundación Omacha; <script>alert('x')</script>",
        actions = new[]
        {
            new { category = "Policy influencing/advocacy", description = "Briefed customs on online wildlife markets.", status = "Completed" },
            new { category = "Capacity-building", description = "Trained 40 rangers.", status = "On-going" },
        },
        results = "Three platforms removed listings of protected species.",
        challenges = "Marketplaces move to private groups.",
        futureActions = "Work with payment providers.",
    };
}
