using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using ModularReports.Reporting.Features.Review;

namespace ModularReports.Reporting.Features.ActivityReports;

/// <param name="CarryOver">Start from the organisation's latest accepted report on the resolution (its fields are marked as carried over until changed).</param>
internal sealed record CreateActivityReportRequest(Guid ResolutionId, Guid? ConstituentId, bool CarryOver = false);

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
                ReviewedReportEndpoints.Created(http, await mediator.Send(new CreateActivityReport(body.ResolutionId, body.ConstituentId, body.CarryOver))))
            .Produces<ActivityReportView>(StatusCodes.Status201Created)
            .RequireAuthorization(new AuthorizeAttribute { Roles = $"{Roles.Reporter},{Roles.Admin}" })
            .WithSummary("Start an activity report for your organisation on a resolution (a draft)");
        reports.MapPost("/{id:guid}/co-authors", async (Guid id, CoAuthorRequest body, IMediator mediator) =>
                Results.Ok(await mediator.Send(new SetCoAuthor(id, body.UserId, Add: true))))
            .WithSummary("Add a colleague of the same organisation as co-author (authors and admins)");
        reports.MapDelete("/{id:guid}/co-authors/{userId:guid}", async (Guid id, Guid userId, IMediator mediator) =>
                Results.Ok(await mediator.Send(new SetCoAuthor(id, userId, Add: false))))
            .WithSummary("Remove a co-author");
        reports.MapReviewedReport<ActivityReportView, ActivityReportPatch>(ReportKinds.Activity);
    }
}
