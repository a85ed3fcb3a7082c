using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace ModularReports.Reporting.Features.Periods;

/// <param name="RemindDaysBefore">Days before the due date that focal points with nothing submitted are reminded (0: never; default 14).</param>
internal sealed record PeriodRequest(string Name, DateOnly StartsOn, DateOnly EndsOn, DateOnly DueOn, int? Version, int? RemindDaysBefore);

internal static class PeriodsApi
{
    public static void MapPeriodsApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/reporting-periods", async (IMediator mediator) => Results.Ok(await mediator.Send(new ListPeriods())))
            .WithTags("Reporting periods").AllowAnonymous().WithSummary("The reporting periods and their due dates, latest first");
        var admin = endpoints.MapGroup("/api/admin/reporting-periods").WithTags("Reporting periods").RequireAuthorization(Roles.Admin);
        admin.MapPost("/", async (PeriodRequest body, IMediator mediator) =>
            {
                var period = await mediator.Send(new SavePeriod(null, body.Name ?? string.Empty, body.StartsOn, body.EndsOn, body.DueOn, null, body.RemindDaysBefore));
                return Results.Created($"/api/reporting-periods/{period.Id}", period);
            })
            .WithSummary("Define a reporting period and when its progress reports are due");
        admin.MapPut("/{id:guid}", async (Guid id, PeriodRequest body, IMediator mediator) =>
                Results.Ok(await mediator.Send(new SavePeriod(id, body.Name ?? string.Empty, body.StartsOn, body.EndsOn, body.DueOn, body.Version, body.RemindDaysBefore))))
            .WithSummary("Change a period (send the version you read; a stale one is a 409)");
    }
}
