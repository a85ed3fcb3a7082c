using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace ModularReports.Reporting.Features.Review;

/// <summary>Whom to give the review step to; empty to take it yourself.</summary>
internal sealed record ReviewStepRequest(Guid? AssigneeUserId);

/// <summary>The endpoints both kinds of report have, mapped once for each kind's route group.</summary>
internal static class ReviewedReportEndpoints
{
    /// <typeparam name="TView">The kind's view, as the API reference describes the answers.</typeparam>
    /// <typeparam name="TPatch">The fields a merge patch of the kind may hold, as the API reference describes the body.</typeparam>
    public static RouteGroupBuilder MapReviewedReport<TView, TPatch>(this RouteGroupBuilder reports, string kind)
        where TView : IReportView
        where TPatch : notnull
    {
        reports.MapGet("/{id:guid}", async (Guid id, IMediator mediator, HttpContext http) =>
            {
                var report = await mediator.Send(new GetReport(kind, id));
                http.Response.Headers.ETag = Preconditions.ETag(report.Version);
                return Results.Ok<object>(report); // the view's own type, not the interface's members
            })
            .WithSummary("One report; its ETag goes back in If-Match when you change it")
            .Produces<TView>();
        reports.MapPatch("/{id:guid}", async (Guid id, JsonElement patch, IMediator mediator, HttpContext http) =>
            {
                var report = await mediator.Send(new UpdateReport(kind, id, patch, Preconditions.IfMatch(http)));
                http.Response.Headers.ETag = Preconditions.ETag(report.Version);
                return Results.Ok<object>(report);
            })
            .WithSummary("Change some fields (merge patch) with If-Match: a stale ETag is a 412 with the current version")
            .Accepts<TPatch>("application/merge-patch+json", "application/json")
            .Produces<TView>();
        reports.MapGet("/{id:guid}/actions", async (Guid id, IMediator mediator) => Results.Ok(await mediator.Send(new ReportActions(kind, id))))
            .WithSummary("What you may do with the report now (submit, return, accept...)");
        reports.MapPost("/{id:guid}/actions/{trigger}", async (Guid id, string trigger, [FromBody] TriggerRequest? body, IMediator mediator, HttpContext http) =>
            {
                var acted = await mediator.Send(new ActOnReport(
                    kind, id, trigger, body?.Comment, WithReport: !ActionAnswers.PrefersMinimal(http), IfMatch: Preconditions.IfMatch(http)));
                return ActionAnswers.Answer(http, acted);
            })
            .WithSummary("Act on the report; 409 lists the actions available instead, 403 if it is not yours to do")
            .WithDescription("Answers the report as it now is, or 204 with its new ETag to a client that sends `Prefer: return=minimal`.")
            .Produces<TView>()
            .Produces(StatusCodes.Status204NoContent);
        reports.MapPut("/{id:guid}/review-step", async (Guid id, [FromBody] ReviewStepRequest? body, IMediator mediator) =>
            {
                await mediator.Send(new ClaimReview(kind, id, body?.AssigneeUserId));
                return Results.NoContent();
            })
            .WithSummary("Take the report's current review step in hand, or give it to another focal point of the resolution (assigneeUserId)")
            .WithDescription("The other reviewers then see it as taken; 409 when a colleague has it in hand (an admin may take it over).");
        reports.MapDelete("/{id:guid}/review-step", async (Guid id, IMediator mediator) =>
            {
                await mediator.Send(new ReleaseReview(kind, id));
                return Results.NoContent();
            })
            .WithSummary("Let the review step go back to the resolution's reviewers (the reviewer who has it, or an admin)");
        reports.MapGet("/{id:guid}/versions", async (Guid id, IMediator mediator) => Results.Ok(await mediator.Send(new ListVersions(kind, id))))
            .WithSummary("The submitted versions, each kept unchanged");
        reports.MapGet("/{id:guid}/versions/{number:int}/changes", async (Guid id, int number, IMediator mediator) =>
                Results.Ok(await mediator.Send(new CompareSubmissions(kind, id, number))))
            .WithSummary("Field by field, what submission {number} changed compared with the submission before it");
        reports.MapGet("/{id:guid}/journal", async (Guid id, IMediator mediator) => Results.Ok(await mediator.Send(new ReadJournal(kind, id))))
            .WithSummary("Who did what and when: every transition with its comment and definition version");
        return reports;
    }

    /// <summary>A report just started: 201 with where it lives and its ETag.</summary>
    public static IResult Created(HttpContext http, IReportView report)
    {
        http.Response.Headers.ETag = Preconditions.ETag(report.Version);
        return Results.Created($"{http.Request.Path.Value!.TrimEnd('/')}/{report.Id}", (object)report);
    }
}
