using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using ModularReports.Reporting.Features.Public;

namespace ModularReports.Reporting.Features.Exports;

/// <summary>
/// Focal points and admins take the reports they may see away as Excel, with where each review stands: the same
/// filters as the lists, every report (no page), written as it is read. The lists' pages link here, so these take the
/// pages' sign-in as well as a token.
/// </summary>
internal static class WorkExportsApi
{
    public static void MapWorkExports(this IEndpointRouteBuilder endpoints)
    {
        var compilers = new AuthorizeAttribute { Roles = $"{Roles.FocalPoint},{Roles.Admin}", AuthenticationSchemes = SignInSchemes.TokenOrCookie };
        endpoints.MapGet("/api/activity-reports.xlsx", async (Guid? resolutionId, string? state, WorkExports exports, HttpContext http) =>
                WorkExports.StateIsTooLong(state) ?? await exports.SendActivityAsync(http.Response, resolutionId, state, http.RequestAborted))
            .WithTags("Activity reports").RequireAuthorization(compilers).RequireRateLimiting(RateLimitPolicies.PublicExport)
            .Produces(StatusCodes.Status200OK, contentType: PublicApi.XlsxContentType)
            .WithSummary("The activity reports the caller may see (of a resolution, in a state) as Excel, with their review state");
        endpoints.MapGet("/api/progress-reports.xlsx", async (Guid? resolutionId, Guid? periodId, string? state, WorkExports exports, HttpContext http) =>
                WorkExports.StateIsTooLong(state) ?? await exports.SendProgressAsync(http.Response, resolutionId, periodId, state, http.RequestAborted))
            .WithTags("Progress reports").RequireAuthorization(compilers).RequireRateLimiting(RateLimitPolicies.PublicExport)
            .Produces(StatusCodes.Status200OK, contentType: PublicApi.XlsxContentType)
            .WithSummary("The progress reports the caller may see (of a resolution, a period, in a state) as Excel, with their review state");
    }
}

/// <summary>Writes a work export to a response.</summary>
internal sealed class WorkExports(WorkReportRows rows, WorkReportColumns columns, IStringLocalizer<ReportingText> text)
{
    private const int StateMaxLength = 100;

    /// <summary>The refusal of a state filter longer than any state's name, or null when it is fine.</summary>
    public static IResult? StateIsTooLong(string? state) => state is { Length: > StateMaxLength }
        ? Results.ValidationProblem(new Dictionary<string, string[]> { ["state"] = [$"The state is at most {StateMaxLength} characters."] })
        : null;

    public async Task<IResult> SendActivityAsync(HttpResponse response, Guid? resolutionId, string? state, CancellationToken cancellationToken)
    {
        Start(response, "activity-reports.xlsx");
        await XlsxTable.SendAsync(
            text["Export_ActivitySheet"], columns.Activity(), rows.ActivityAsync(resolutionId, NullIfEmpty(state), cancellationToken), response.Body, cancellationToken);
        return Results.Empty;
    }

    public async Task<IResult> SendProgressAsync(
        HttpResponse response, Guid? resolutionId, Guid? periodId, string? state, CancellationToken cancellationToken)
    {
        Start(response, "progress-reports.xlsx");
        await XlsxTable.SendAsync(
            text["Export_Sheet"], columns.Progress(), rows.ProgressAsync(resolutionId, periodId, NullIfEmpty(state), cancellationToken), response.Body,
            cancellationToken);
        return Results.Empty;
    }

    private static void Start(HttpResponse response, string fileName)
    {
        response.ContentType = PublicApi.XlsxContentType;
        response.Headers.ContentDisposition = $"attachment; filename=\"{fileName}\"";
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
