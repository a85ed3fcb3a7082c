using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace ModularReports.HostTesting;

/// <summary>Uploads a file to the import API and waits for the background job to finish.</summary>
public static class Imports
{
    public static async Task<JsonElement> ImportAsync(this HttpClient admin, string kind, string fileName, byte[] content, bool importValidRows = false)
    {
        using var form = new MultipartFormDataContent
        {
            { new StringContent(kind), "kind" },
            { new StringContent(importValidRows ? "true" : "false"), "importValidRows" },
            { new ByteArrayContent(content), "file", fileName },
        };
        var response = await admin.PostAsync("/api/admin/imports", form);
        response.EnsureSuccessStatusCode();
        var location = response.Headers.Location!.ToString();
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            var job = await admin.GetFromJsonAsync<JsonElement>(location);
            if (job.GetProperty("status").GetString() is "Completed" or "Rejected" or "Failed")
            {
                return job;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"The import at {location} did not finish.");
    }

    public static byte[] Csv(params string[] lines) => Encoding.UTF8.GetBytes(string.Join("\r\n", lines) + "\r\n");

    public static (int Added, int Updated, int Unchanged) Counts(this JsonElement job) =>
        (job.GetProperty("added").GetInt32(), job.GetProperty("updated").GetInt32(), job.GetProperty("unchanged").GetInt32());

    public static IEnumerable<(int Line, string Column, string Message)> Errors(this JsonElement job) =>
        job.GetProperty("errors").EnumerateArray().Select(e => (e.GetProperty("line").GetInt32(), e.GetProperty("column").GetString()!, e.GetProperty("message").GetString()!));
}
