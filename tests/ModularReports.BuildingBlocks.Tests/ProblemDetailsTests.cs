using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ModularReports.BuildingBlocks.Persistence;
using ModularReports.BuildingBlocks.Tests.NotesModule;
using ModularReports.Testing;

namespace ModularReports.BuildingBlocks.Tests;

public sealed class ProblemDetailsTests
{
    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task An_invalid_command_is_a_400_naming_the_field_and_changes_nothing(DatabaseProvider provider)
    {
        Providers.RequireAvailable(provider);
        await using var app = await NotesApp.StartAsync(provider, TimeSpan.FromSeconds(30));

        var response = await app.Client.PostAsJsonAsync("/notes", new { text = "" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
        Assert.Contains("'Text' must not be empty.", problem.GetProperty("errors").GetProperty("text").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(0, await app.QueryAsync(db => db.Notes.CountAsync()));
        Assert.Equal(0, await app.QueryAsync(db => db.OutboxMessages.CountAsync()));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_write_based_on_a_stale_version_is_a_409_and_the_first_write_stands(DatabaseProvider provider)
    {
        Providers.RequireAvailable(provider);
        await using var app = await NotesApp.StartAsync(provider, TimeSpan.FromSeconds(30));
        var id = await (await app.Client.PostAsJsonAsync("/notes", new { text = "draft" })).Content.ReadFromJsonAsync<Guid>();

        var first = await app.Client.PutAsJsonAsync($"/notes/{id}", new { text = "edited by Ana", version = 0 });
        var second = await app.Client.PutAsJsonAsync($"/notes/{id}", new { text = "edited by Ben", version = 0 });

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(1, await first.Content.ReadFromJsonAsync<int>());
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal("application/problem+json", second.Content.Headers.ContentType?.MediaType);
        var note = await app.QueryAsync(db => db.Notes.AsNoTracking().SingleAsync());
        Assert.Equal(("edited by Ana", 1), (note.Text, note.Version));
    }

    [Fact]
    public async Task Malformed_json_is_a_400_problem()
    {
        await using var app = await NotesApp.StartAsync(DatabaseProvider.Sqlite, TimeSpan.FromSeconds(30));

        var response = await app.Client.PostAsync("/notes", new StringContent("{\"text\": ", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task An_unexpected_error_is_a_500_problem_that_reveals_no_internals()
    {
        await using var app = await NotesApp.StartAsync(DatabaseProvider.Sqlite, TimeSpan.FromSeconds(30));

        var response = await app.Client.GetAsync("/boom");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonSerializer.Deserialize<JsonElement>(body);
        Assert.Equal("An unexpected error occurred.", problem.GetProperty("title").GetString());
        Assert.True(problem.TryGetProperty("traceId", out _));
        Assert.DoesNotContain("secret internal detail", body, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
    }
}
