using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using ModularReports.Reporting.Data;
using ModularReports.Reporting.Features.Exports;
using ModularReports.Reporting.Features.Public;

namespace ModularReports.Reporting.Features.PeriodExports;

internal sealed record StartPeriodExportRequest(Guid? PeriodId);

/// <summary>
/// Admins ask for a period's export, follow its progress and download its two files once ready; the downloads take the
/// pages' sign-in as well, so that the admins' page links to them.
/// </summary>
internal static class PeriodExportsApi
{
    public static string FileUrl(Guid id, string file) => $"/api/admin/period-exports/{id}/reports.{file}";

    public static void MapPeriodExportsApi(this IEndpointRouteBuilder endpoints)
    {
        var admin = endpoints.MapGroup("/api/admin/period-exports").WithTags("Period exports").RequireAuthorization(Roles.Admin);
        admin.MapPost("/", async (StartPeriodExportRequest body, IMediator mediator) =>
            {
                var export = await mediator.Send(new StartPeriodExport(body.PeriodId));
                return Results.Accepted($"/api/admin/period-exports/{export.Id}", export);
            })
            .WithSummary("Prepare every report of a period as one .xlsx and a .zip of PDFs, in the background, in the caller's language");
        admin.MapGet("/", async (IMediator mediator) => Results.Ok(await mediator.Send(new ListPeriodExports())))
            .WithSummary("The period exports of the last week, newest first, with their progress");
        admin.MapGet("/{id:guid}", async (Guid id, IMediator mediator) => Results.Ok(await mediator.Send(new GetPeriodExport(id))))
            .WithSummary("One period export's progress, and its files' addresses once ready");
        admin.MapGet("/{id:guid}/reports.{file}", (Guid id, string file, PeriodExportDownloads downloads, HttpContext http) =>
                downloads.SendAsync(http.Response, id, file, http.RequestAborted))
            .RequireAuthorization(new AuthorizeAttribute { Roles = Roles.Admin, AuthenticationSchemes = SignInSchemes.TokenOrCookie })
            .Produces(StatusCodes.Status200OK, contentType: PublicApi.XlsxContentType)
            .Produces(StatusCodes.Status200OK, contentType: "application/zip")
            .WithSummary("A ready period export's workbook (reports.xlsx) or archive of PDFs (reports.zip)");
    }
}

/// <summary>
/// Sends a ready export's file, slice by slice as stored; a file not ready yet is a conflict that says how far it is.
/// </summary>
internal sealed class PeriodExportDownloads(ReportingDbContext db, ExportFiles files, IStringLocalizer<ReportingText> text)
{
    public async Task<IResult> SendAsync(HttpResponse response, Guid id, string file, CancellationToken cancellationToken)
    {
        var export = await db.PeriodExports.AsNoTracking().SingleOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (export is null || !PeriodExportFiles.IsKnown(file))
        {
            return Results.NotFound();
        }

        if (export.Status != PeriodExportStatus.Ready)
        {
            throw new ConflictException(text["PeriodExport_NotReady"], text["PeriodExport_NotReadyDetail", export.Percent]);
        }

        var period = await db.Periods.AsNoTracking().Where(p => p.Id == export.PeriodId).Select(p => p.Name).SingleOrDefaultAsync(cancellationToken) ?? string.Empty;
        var workbook = file == PeriodExportFiles.Workbook;
        response.ContentType = workbook ? PublicApi.XlsxContentType : "application/zip";
        response.ContentLength = workbook ? export.WorkbookBytes : export.ArchiveBytes;
        response.Headers.ContentDisposition = $"attachment; filename=\"{FileNames.Safe(text["File_PeriodExport", period])}{(workbook ? "" : "-pdf")}.{file}\"";
        await files.CopyToAsync(export.RunId!.Value, file, response.Body, cancellationToken);
        return Results.Empty;
    }
}
