using System.Text.Json;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using ModularReports.Identity.Contracts;
using ModularReports.Reporting.Contracts;
using ModularReports.Reporting.Features.Review;

namespace ModularReports.Reporting.Features.ActivityReports;

internal sealed record CreateActivityReportRequest(Guid ResolutionId, Guid? ConstituentId);

internal sealed record CoAuthorRequest(Guid UserId);

/// <summary>The activity reports API. Who may see and do what is decided per report (<see cref="ReportAccess"/>).</summary>
internal static class ActivityReportsApi
{
    public static void MapActivityReportsApi(this IEndpointRouteBuilder endpoints)
    {
        var reports = endpoints.MapGroup("/api/activity-reports").WithTags("Activity reports").RequireAuthorization();
        reports.MapGet("/", async ([AsParameters] ListActivityReports query, IMediator mediator) => Results.Ok(await mediator.Send(query)))
            .WithSummary("The activity reports you may see: your organisation's, those you review, all for admins");
        reports.MapPost("/", async (CreateActivityReportRequest body, IMediator mediator, HttpContext http) =>
            {
                var report = await mediator.Send(new CreateActivityReport(body.ResolutionId, body.ConstituentId));
                http.Response.Headers.ETag = Preconditions.ETag(report.Version);
                return Results.Created($"/api/activity-reports/{report.Id}", report);
            })
            .RequireAuthorization(new AuthorizeAttribute { Roles = $"{Roles.Reporter},{Roles.Admin}" })
            .WithSummary("Start an activity report for your organisation on a resolution (a draft)");
        reports.MapGet("/{id:guid}", async (Guid id, IMediator mediator, HttpContext http) =>
            {
                var report = await mediator.Send(new GetActivityReport(id));
                http.Response.Headers.ETag = Preconditions.ETag(report.Version);
                return Results.Ok(report);
            })
            .WithSummary("One activity report; its ETag goes back in If-Match when you change it");
        reports.MapPatch("/{id:guid}", async (Guid id, JsonElement patch, IMediator mediator, HttpContext http) =>
            {
                var report = await mediator.Send(new UpdateActivityReport(id, patch, Preconditions.IfMatch(http)));
                http.Response.Headers.ETag = Preconditions.ETag(report.Version);
                return Results.Ok(report);
            })
            .WithSummary("Change some fields (merge patch) with If-Match: a stale ETag is a 412 with the current version");
        reports.MapGet("/{id:guid}/actions", async (Guid id, IMediator mediator) => Results.Ok(await mediator.Send(new AvailableActions(id))))
            .WithSummary("What you may do with the report now (submit, return, accept...)");
        reports.MapPost("/{id:guid}/actions/{trigger}", async (Guid id, string trigger, [FromBody] TriggerRequest? body, IMediator mediator, HttpContext http) =>
            {
                var acted = await mediator.Send(new FireTrigger(id, trigger, body?.Comment, WithReport: !ActionAnswers.PrefersMinimal(http), IfMatch: Preconditions.IfMatch(http)));
                return ActionAnswers.Answer(http, acted);
            })
            .WithSummary("Act on the report; 409 lists the actions available instead, 403 if it is not yours to do")
            .WithDescription("Answers the report as it now is, or 204 with its new ETag to a client that sends `Prefer: return=minimal`.")
            .Produces<ActivityReportView>()
            .Produces(StatusCodes.Status204NoContent);
        reports.MapGet("/{id:guid}/versions", async (Guid id, IMediator mediator) => Results.Ok(await mediator.Send(new ListVersions(ReportKinds.Activity, id))))
            .WithSummary("The submitted versions, each kept unchanged");
        reports.MapGet("/{id:guid}/versions/{number:int}/changes", async (Guid id, int number, IMediator mediator) =>
                Results.Ok(await mediator.Send(new CompareSubmissions(ReportKinds.Activity, id, number))))
            .WithSummary("Field by field, what submission {number} changed compared with the submission before it");
        reports.MapPost("/{id:guid}/co-authors", async (Guid id, CoAuthorRequest body, IMediator mediator) =>
                Results.Ok(await mediator.Send(new SetCoAuthor(id, body.UserId, Add: true))))
            .WithSummary("Add a colleague of the same organisation as co-author (authors and admins)");
        reports.MapDelete("/{id:guid}/co-authors/{userId:guid}", async (Guid id, Guid userId, IMediator mediator) =>
                Results.Ok(await mediator.Send(new SetCoAuthor(id, userId, Add: false))))
            .WithSummary("Remove a co-author");
        reports.MapGet("/{id:guid}/journal", async (Guid id, IMediator mediator) => Results.Ok(await mediator.Send(new ReadJournal(ReportKinds.Activity, id))))
            .WithSummary("Who did what and when: every transition with its comment and definition version");
    }
}
