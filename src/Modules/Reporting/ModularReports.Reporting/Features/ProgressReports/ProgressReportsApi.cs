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

namespace ModularReports.Reporting.Features.ProgressReports;

internal sealed record CreateProgressReportRequest(Guid ResolutionId, Guid PeriodId);

/// <summary>The progress reports API: compiled by a resolution's focal points, reviewed, then published.</summary>
internal static class ProgressReportsApi
{
    public static void MapProgressReportsApi(this IEndpointRouteBuilder endpoints)
    {
        var reports = endpoints.MapGroup("/api/progress-reports").WithTags("Progress reports")
            .RequireAuthorization(new AuthorizeAttribute { Roles = $"{Roles.FocalPoint},{Roles.Admin}" });
        reports.MapGet("/", async ([AsParameters] ListProgressReports query, IMediator mediator) => Results.Ok(await mediator.Send(query)))
            .WithSummary("The progress reports of the resolutions you are a focal point of (all for admins)");
        reports.MapPost("/", async (CreateProgressReportRequest body, IMediator mediator, HttpContext http) =>
            {
                var report = await mediator.Send(new CreateProgressReport(body.ResolutionId, body.PeriodId));
                http.Response.Headers.ETag = Preconditions.ETag(report.Version);
                return Results.Created($"/api/progress-reports/{report.Id}", report);
            })
            .WithSummary("Start the progress report of a resolution for a reporting period (one each)");
        reports.MapGet("/{id:guid}", async (Guid id, IMediator mediator, HttpContext http) =>
            {
                var report = await mediator.Send(new GetProgressReport(id));
                http.Response.Headers.ETag = Preconditions.ETag(report.Version);
                return Results.Ok(report);
            })
            .WithSummary("One progress report; its ETag goes back in If-Match when you change it");
        reports.MapPatch("/{id:guid}", async (Guid id, JsonElement patch, IMediator mediator, HttpContext http) =>
            {
                var report = await mediator.Send(new UpdateProgressReport(id, patch, Preconditions.IfMatch(http)));
                http.Response.Headers.ETag = Preconditions.ETag(report.Version);
                return Results.Ok(report);
            })
            .WithSummary("Change some fields (merge patch) with If-Match: a stale ETag is a 412 with the current version");
        reports.MapPost("/{id:guid}/consolidate", async (Guid id, IMediator mediator, HttpContext http) =>
            {
                var result = await mediator.Send(new ConsolidateProgressReport(id, Preconditions.IfMatch(http)));
                http.Response.Headers.ETag = Preconditions.ETag(result.Report.Version);
                return Results.Ok(result);
            })
            .WithSummary("Add what the accepted activity reports of the resolution and period say, keeping your edits; lists the reports that fed it");
        reports.MapGet("/{id:guid}/actions", async (Guid id, IMediator mediator) => Results.Ok(await mediator.Send(new ProgressActions(id))))
            .WithSummary("What you may do with the report now (submit, approve, return, publish...)");
        reports.MapPost("/{id:guid}/actions/{trigger}", async (Guid id, string trigger, [FromBody] TriggerRequest? body, IMediator mediator, HttpContext http) =>
            {
                var acted = await mediator.Send(new FireProgressTrigger(id, trigger, body?.Comment, WithReport: !ActionAnswers.PrefersMinimal(http), IfMatch: Preconditions.IfMatch(http)));
                return ActionAnswers.Answer(http, acted);
            })
            .WithSummary("Act on the report; 409 lists the actions available instead, 403 if it is not yours to do")
            .WithDescription("Answers the report as it now is, or 204 with its new ETag to a client that sends `Prefer: return=minimal`.")
            .Produces<ProgressReportView>()
            .Produces(StatusCodes.Status204NoContent);
        reports.MapGet("/{id:guid}/versions", async (Guid id, IMediator mediator) => Results.Ok(await mediator.Send(new ListVersions(ReportKinds.Progress, id))))
            .WithSummary("The submitted versions, each kept unchanged");
        reports.MapGet("/{id:guid}/versions/{number:int}/changes", async (Guid id, int number, IMediator mediator) =>
                Results.Ok(await mediator.Send(new CompareSubmissions(ReportKinds.Progress, id, number))))
            .WithSummary("Field by field, what submission {number} changed compared with the submission before it");
        reports.MapGet("/{id:guid}/journal", async (Guid id, IMediator mediator) => Results.Ok(await mediator.Send(new ReadJournal(ReportKinds.Progress, id))))
            .WithSummary("Who did what and when: every transition with its comment and definition version");
    }
}
