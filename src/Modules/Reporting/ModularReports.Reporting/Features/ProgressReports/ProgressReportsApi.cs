using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
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
                ReviewedReportEndpoints.Created(http, await mediator.Send(new CreateProgressReport(body.ResolutionId, body.PeriodId))))
            .Produces<ProgressReportView>(StatusCodes.Status201Created)
            .WithSummary("Start the progress report of a resolution for a reporting period (one each)");
        reports.MapPost("/{id:guid}/consolidate", async (Guid id, IMediator mediator, HttpContext http) =>
            {
                var result = await mediator.Send(new ConsolidateProgressReport(id, Preconditions.IfMatch(http)));
                http.Response.Headers.ETag = Preconditions.ETag(result.Report.Version);
                return Results.Ok(result);
            })
            .WithSummary("Add what the accepted activity reports of the resolution and period say, keeping your edits; lists the reports that fed it");
        reports.MapReviewedReport<ProgressReportView, ProgressReportPatch>(ReportKinds.Progress);
    }
}
