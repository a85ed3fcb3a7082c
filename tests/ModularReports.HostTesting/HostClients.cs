using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace ModularReports.HostTesting;

/// <summary>Clients of the running host, signed in the way a real API client or browser would be.</summary>
public static partial class HostClients
{
    /// <summary>An API client carrying a bearer token obtained from <c>POST /api/auth/token</c>.</summary>
    public static async Task<HttpClient> ApiClientAsync(this HostFactory host, string email, string password = DemoUsers.Password)
    {
        var client = host.CreateClient();
        var response = await client.PostAsJsonAsync("/api/auth/token", new { email, password });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>A browser-like client (cookies, no automatic redirects) signed in through the sign-in page.</summary>
    public static async Task<HttpClient> BrowserClientAsync(this HostFactory host, string? email = null, string password = DemoUsers.Password)
    {
        var client = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        if (email is null)
        {
            return client;
        }

        var response = await client.PostFormAsync("/account/sign-in", new() { ["Input.Email"] = email, ["Input.Password"] = password });
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Signing in {email} through the page failed: {(int)response.StatusCode}");
        }

        return client;
    }

    /// <summary>Posts a form the way a browser does: fetches the page first for its antiforgery token.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string path, Dictionary<string, string> fields, string? pageUrl = null)
    {
        var page = await client.GetStringAsync(pageUrl ?? path);
        var token = AntiforgeryField().Match(page).Groups[1].Value;
        var form = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token };
        return await client.PostAsync(path, new FormUrlEncodedContent(form));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}

/// <summary>People beyond the demo accounts, created the way an admin does it (invitation e-mail, chosen password).</summary>
public static class HostPeople
{
    public const string Password = "a long enough test passphrase";

    /// <summary>Invites, accepts through the e-mailed link, optionally links an organisation; returns a signed-in API client.</summary>
    public static async Task<(Guid Id, HttpClient Client)> CreateUserAsync(
        this HostFactory host, string email, string[] roles, Guid? constituentId = null)
    {
        var admin = await host.ApiClientAsync(DemoUsers.Admin);
        var invited = await admin.PostAsJsonAsync("/api/admin/users", new { email, displayName = email.Split('@')[0], roles, language = "en" });
        invited.EnsureSuccessStatusCode();
        var id = (await invited.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var (_, userId, token) = Mailbox.LinkIn(await Mailbox.WaitForMessageToAsync(host.MailFolder, email));
        (await host.CreateClient().PostAsJsonAsync("/api/auth/accept-invitation", new { userId, token, newPassword = Password })).EnsureSuccessStatusCode();
        if (constituentId is not null)
        {
            (await admin.PutAsJsonAsync($"/api/admin/users/{id}/constituent", new { constituentId })).EnsureSuccessStatusCode();
        }

        return (id, await host.ApiClientAsync(email, Password));
    }

    /// <summary>A new focal point assigned to a resolution (for WCEL), signed in.</summary>
    public static async Task<(Guid Id, HttpClient Client)> AssignedFocalPointAsync(this HostFactory host, string email, string resolutionCode)
    {
        var (id, client) = await host.CreateUserAsync(email, ["FocalPoint"]);
        var admin = await host.ApiClientAsync(DemoUsers.Admin);
        var wcel = (await admin.GetFromJsonAsync<JsonElement>("/api/admin/constituents?q=WCEL")).GetProperty("items")[0].GetProperty("id").GetGuid();
        var resolution = await host.ResolutionAsync(resolutionCode);
        (await admin.PostAsJsonAsync($"/api/admin/resolutions/{resolution}/focal-points", new { userId = id, constituentId = wcel })).EnsureSuccessStatusCode();
        return (id, client);
    }
}
