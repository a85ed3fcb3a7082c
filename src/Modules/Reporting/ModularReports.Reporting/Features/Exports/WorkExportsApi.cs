using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using ModularReports.Reporting.Features.Public;

namespace ModularReports.Reporting.Features.Exports;

/// <summary>
/// Focal points and admins take the reports they may see away as Excel, with where each review stands: the same
/// filters as the lists, every report (no page), written as it is read.
/// </summary>
internal static class WorkExportsApi
{
    private const int StateMaxLength = 100;

    public static void MapWorkExports(this IEndpointRouteBuilder endpoints)
    {
        var compilers = new AuthorizeAttribute { Roles = $"{Roles.FocalPoint},{Roles.Admin}" };
        endpoints.MapGet("/api/activity-reports.xlsx", async (
                Guid? resolutionId, string? state, WorkReportRows rows, WorkReportColumns columns, IStringLocalizer<ReportingText> text, HttpContext http) =>
            {
                if (state is { Length: > StateMaxLength })
                {
                    return StateTooLong();
                }

                await Send(http, "activity-reports.xlsx", (output, ct) =>
                    XlsxTable.SendAsync(text["Export_ActivitySheet"], columns.Activity(), rows.ActivityAsync(resolutionId, NullIfEmpty(state), ct), output, ct));
                return Results.Empty;
            })
            .WithTags("Activity reports").RequireAuthorization(compilers).RequireRateLimiting(RateLimitPolicies.PublicExport)
            .Produces(StatusCodes.Status200OK, contentType: PublicApi.XlsxContentType)
            .WithSummary("The activity reports the caller may see (of a resolution, in a state) as Excel, with their review state");
        endpoints.MapGet("/api/progress-reports.xlsx", async (
                Guid? resolutionId, Guid? periodId, string? state, WorkReportRows rows, WorkReportColumns columns, IStringLocalizer<ReportingText> text,
                HttpContext http) =>
            {
                if (state is { Length: > StateMaxLength })
                {
                    return StateTooLong();
                }

                await Send(http, "progress-reports.xlsx", (output, ct) =>
                    XlsxTable.SendAsync(text["Export_Sheet"], columns.Progress(), rows.ProgressAsync(resolutionId, periodId, NullIfEmpty(state), ct), output, ct));
                return Results.Empty;
            })
            .WithTags("Progress reports").RequireAuthorization(compilers).RequireRateLimiting(RateLimitPolicies.PublicExport)
            .Produces(StatusCodes.Status200OK, contentType: PublicApi.XlsxContentType)
            .WithSummary("The progress reports the caller may see (of a resolution, a period, in a state) as Excel, with their review state");
    }

    private static IResult StateTooLong() =>
        Results.ValidationProblem(new Dictionary<string, string[]> { ["state"] = [$"The state is at most {StateMaxLength} characters."] });

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;

    private static Task Send(HttpContext http, string fileName, Func<Stream, CancellationToken, Task> write)
    {
        http.Response.ContentType = PublicApi.XlsxContentType;
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"{fileName}\"";
        return write(http.Response.Body, http.RequestAborted);
    }
}
