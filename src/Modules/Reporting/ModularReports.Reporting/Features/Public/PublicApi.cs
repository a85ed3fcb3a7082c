using ModularReports.BuildingBlocks.Mediation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace ModularReports.Reporting.Features.Public;

/// <summary>Open data: published reports, read-only, no sign-in. Nothing unpublished is reachable here.</summary>
internal static class PublicApi
{
    public static void MapPublicApi(this IEndpointRouteBuilder endpoints)
    {
        var open = endpoints.MapGroup("/api/public").WithTags("Published reports").AllowAnonymous();
        open.MapGet("/progress-reports", async ([AsParameters] SearchPublished query, IMediator mediator) => Results.Ok(await mediator.Send(query)))
            .RequireRateLimiting(RateLimitPolicies.PublicSearch)
            .WithSummary("Search published progress reports: congress, resolution, status, action category, constituent, period, free text");
        open.MapGet("/progress-reports.csv", async (
                [AsParameters] SearchPublished query, ExportPublished export, IEnumerable<IValidator<SearchPublished>> validators, HttpContext http) =>
            {
                // The search is checked (and refused with its fields named) before the file starts: once it streams, an
                // error could only cut the download short.
                await MessageValidation.EnsureValidAsync(query, validators, http.RequestAborted);
                http.Response.ContentType = "text/csv; charset=utf-8";
                http.Response.Headers.ContentDisposition = "attachment; filename=\"progress-reports.csv\"";
                await export.WriteAsync(query with { Page = 1 }, http.Response.Body, http.RequestAborted);
            })
            .RequireRateLimiting(RateLimitPolicies.PublicExport)
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .WithSummary("The same search as CSV, every section of each report (up to 10,000 rows)");
        open.MapGet("/progress-reports/{id:guid}", async (Guid id, IMediator mediator) => Results.Ok(await mediator.Send(new ReadPublished(id))))
            .WithSummary("A published progress report with every section, in the language asked for (Accept-Language or ?culture=)");
        open.MapGet("/activity-reports/{id:guid}", async (Guid id, IMediator mediator) => Results.Ok(await mediator.Send(new ReadPublicActivity(id))))
            .WithSummary("An activity report whose review state is public (accepted, by default)");
        open.MapGet("/resolutions/{id:guid}/reports", async (Guid id, IMediator mediator) => Results.Ok(await mediator.Send(new ListResolutionReports(id))))
            .WithSummary("A resolution's published progress reports by period, and its public activity reports");
    }
}
