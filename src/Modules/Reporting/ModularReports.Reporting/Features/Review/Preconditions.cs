using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;

namespace ModularReports.Reporting.Features.Review;

/// <summary>The optional comment that goes with an action on a report (required for some, e.g. returning it).</summary>
internal sealed record TriggerRequest(string? Comment);

/// <summary>A report's version is its ETag; edits send it back in If-Match.</summary>
internal static class Preconditions
{
    public static string ETag(int version) => $"\"{version}\"";

    public static int? IfMatch(HttpContext http) =>
        EntityTagHeaderValue.TryParse(http.Request.Headers.IfMatch.ToString(), out var tag) && int.TryParse(tag.Tag.Value?.Trim('"'), out var version)
            ? version
            : null;
}

internal static class TasksApi
{
    public static void MapTasksApi(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/api/tasks", async (IMediator mediator) => Results.Ok(await mediator.Send(new MyTasks())))
            .WithTags("Tasks").RequireAuthorization().WithSummary("Your inbox: every report on which you have an action now, waiting longest first");
}
