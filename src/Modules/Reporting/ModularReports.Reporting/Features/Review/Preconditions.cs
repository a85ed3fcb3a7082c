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
    public static void MapTasksApi(this IEndpointRouteBuilder endpoints)
    {
        var tasks = endpoints.MapGroup("/api/tasks").WithTags("Tasks").RequireAuthorization();
        tasks.MapGet("/", async (IMediator mediator) => Results.Ok(await mediator.Send(new MyTasks())))
            .WithSummary("Your inbox: every report on which you have an action now, waiting longest first, with who has each review step in hand");
        tasks.MapGet("/done", async (IMediator mediator) => Results.Ok(await mediator.Send(new MyDoneReviews())))
            .WithSummary("The reports you moved on in the last 30 days, the latest first");
        tasks.MapPost("/{kind}/batch/{trigger}", async (
                string kind, string trigger, BatchRequest body, IMediator mediator, MessageCatalog catalog, CancellationToken cancellationToken) =>
                ReportKinds.All.Contains(kind)
                    ? Results.Ok(await ActOnReports.RunAsync(mediator, catalog, kind, body.Ids ?? [], trigger, body.Comment, cancellationToken))
                    : throw new NotFoundException($"No kind of report '{kind}': use {string.Join(" or ", ReportKinds.All)}."))
            .WithSummary("One action with one comment on several reports of a kind (activity-report or progress-report); each is done or refused on its own");
    }
}

/// <summary>The reports to act on, and the comment that goes with each move.</summary>
internal sealed record BatchRequest(IReadOnlyList<Guid>? Ids, string? Comment);
