using ModularReports.BuildingBlocks.Mediation;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Localization;
using Microsoft.AspNetCore.Routing;
using ModularReports.Reporting.Features.Exports;

namespace ModularReports.Reporting.Features.Public;

/// <summary>Open data: published reports, read-only, no sign-in. Nothing unpublished is reachable here.</summary>
internal static class PublicApi
{
    public static void MapPublicApi(this IEndpointRouteBuilder endpoints)
    {
        // The reports of a resolution are on its page now; the old address still leads there.
        endpoints.MapGet("/resolutions/{id:guid}/reports", (Guid id) => Results.Redirect($"/resolutions/{id}#reports", permanent: true))
            .AllowAnonymous().ExcludeFromDescription();
        var open = endpoints.MapGroup("/api/public").WithTags("Published reports").AllowAnonymous();
        open.MapGet("/progress-reports", async ([AsParameters] SearchPublished query, IMediator mediator) => Results.Ok(await mediator.Send(query)))
            .RequireRateLimiting(RateLimitPolicies.PublicSearch)
            .WithSummary("Search published progress reports: congress, resolution, status, action category, constituent, period, free text");
        open.MapGet("/progress-reports.csv", (
                [AsParameters] SearchPublished query, PublishedReportRows rows, PublishedReportColumns columns, IEnumerable<IValidator<SearchPublished>> validators,
                HttpContext http) => ExportAsync(query, validators, http, "text/csv; charset=utf-8", "progress-reports.csv",
                    (output, ct) => CsvTable.WriteAsync(columns.All(), rows.ReadAsync(query with { Page = 1 }, ct), output, ct)))
            .RequireRateLimiting(RateLimitPolicies.PublicExport)
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .WithSummary("The same search as CSV: every field of each report, Members and Commissions by name, a column per action category (up to 10,000 rows)");
        open.MapGet("/progress-reports.xlsx", (
                [AsParameters] SearchPublished query, PublishedReportRows rows, PublishedReportColumns columns, IEnumerable<IValidator<SearchPublished>> validators,
                IStringLocalizer<ReportingText> text, HttpContext http) => ExportAsync(query, validators, http, XlsxContentType, "progress-reports.xlsx",
                    (output, ct) => XlsxTable.SendAsync(text["Export_Sheet"], columns.All(), rows.ReadAsync(query with { Page = 1 }, ct), output, ct)))
            .RequireRateLimiting(RateLimitPolicies.PublicExport)
            .Produces(StatusCodes.Status200OK, contentType: XlsxContentType)
            .WithSummary("The same search as an Excel workbook with the CSV's columns, heading row frozen (up to 10,000 rows)");
        open.MapGet("/progress-reports/{id:guid}", async (Guid id, IMediator mediator) => Results.Ok(await mediator.Send(new ReadPublished(id))))
            .WithSummary("A published progress report with every section, in the language asked for (Accept-Language or ?culture=)");
        open.MapGet("/progress-reports/{id:guid}.pdf", async (Guid id, IMediator mediator, ReportDocuments documents, IStringLocalizer<ReportingText> text, HttpContext http) =>
            {
                var report = await mediator.Send(new ReadPublished(id), http.RequestAborted);
                return Pdf(documents.Progress(report), text["File_ProgressReport", report.ResolutionCode, report.Period]);
            })
            .RequireRateLimiting(RateLimitPolicies.PublicExport)
            .Produces(StatusCodes.Status200OK, contentType: "application/pdf")
            .WithSummary("A published progress report as PDF, laid out like its page, in the language asked for");
        open.MapGet("/activity-reports/{id:guid}.pdf", async (Guid id, IMediator mediator, ReportDocuments documents, IStringLocalizer<ReportingText> text, HttpContext http) =>
            {
                var report = await mediator.Send(new ReadPublicActivity(id), http.RequestAborted);
                return Pdf(documents.Activity(report), text["File_ActivityReport", report.ResolutionCode, report.Constituent]);
            })
            .RequireRateLimiting(RateLimitPolicies.PublicExport)
            .Produces(StatusCodes.Status200OK, contentType: "application/pdf")
            .WithSummary("A public activity report as PDF, laid out like its page");
        open.MapGet("/activity-reports/{id:guid}", async (Guid id, IMediator mediator) => Results.Ok(await mediator.Send(new ReadPublicActivity(id))))
            .WithSummary("An activity report whose review state is public (accepted, by default)");
        open.MapGet("/resolutions/{id:guid}/reports", async (Guid id, IMediator mediator) => Results.Ok(await mediator.Send(new ListResolutionReports(id))))
            .WithSummary("A resolution's published progress reports by period and as a timeline of its status, its public activity reports and who wrote them");
    }

    private static IResult Pdf(ReportDocument document, string name) =>
        Results.File(PdfReport.Write(document), "application/pdf", FileNames.Safe(name) + ".pdf");

    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>
    /// The search is checked (and refused with its fields named) before the file starts: once it streams, an error could
    /// only cut the download short.
    /// </summary>
    private static async Task ExportAsync(
        SearchPublished query, IEnumerable<IValidator<SearchPublished>> validators, HttpContext http, string contentType, string fileName,
        Func<Stream, CancellationToken, Task> write)
    {
        await MessageValidation.EnsureValidAsync(query, validators, http.RequestAborted);
        http.Response.ContentType = contentType;
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"{fileName}\"";
        await write(http.Response.Body, http.RequestAborted);
    }
}
