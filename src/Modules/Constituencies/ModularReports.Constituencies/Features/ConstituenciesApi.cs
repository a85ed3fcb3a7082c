using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ModularReports.Constituencies.Features.Constituents;
using ModularReports.Constituencies.Features.FocalPoints;
using ModularReports.Constituencies.Features.Import;
using ModularReports.Constituencies.Features.SearchResolutions;
using SearchResolutionsQuery = ModularReports.Constituencies.Features.SearchResolutions.SearchResolutions;

namespace ModularReports.Constituencies.Features;

internal sealed record AssignFocalPointRequest(Guid UserId, Guid ConstituentId);

internal sealed record ConstituentRequest(
    string Type, string Name, string? Acronym, string? CountryCode, string? Region, string? MembershipCategory,
    int? PeriodStart, int? PeriodEnd, Guid? ParentId, int? Version);

/// <summary>The catalogue's HTTP API: reading is public, changing is for admins.</summary>
internal static class ConstituenciesApi
{
    public static void MapConstituenciesApi(this IEndpointRouteBuilder endpoints)
    {
        var catalogue = endpoints.MapGroup("/api").WithTags("Resolutions (public)").AllowAnonymous();
        catalogue.MapGet("/resolutions", async ([AsParameters] SearchResolutionsQuery query, IMediator mediator) => Results.Ok(await mediator.Send(query)))
            .RequireRateLimiting(RateLimitPolicies.PublicSearch)
            .WithSummary("Search the resolutions: congress, type, status, free text over code (WCC 2020 Res 054 or WCC-2020-Res-054) and title; sorted by code");
        catalogue.MapGet("/resolutions/{id:guid}", async (Guid id, IMediator mediator) => Results.Ok(await mediator.Send(new GetResolution(id))))
            .WithSummary("One resolution");
        catalogue.MapGet("/congresses", async (IMediator mediator) => Results.Ok(await mediator.Send(new ListCongresses())))
            .WithSummary("The congresses, newest first");

        var admin = endpoints.MapGroup("/api/admin").RequireAuthorization(Roles.Admin);
        var constituents = admin.MapGroup("/constituents").WithTags("Constituents (admin)");
        constituents.MapGet("/", async ([AsParameters] ListConstituents query, IMediator mediator) => Results.Ok(await mediator.Send(query)))
            .WithSummary("Search constituents by name or acronym, type and archive state");
        constituents.MapGet("/{id:guid}", async (Guid id, IMediator mediator) => Results.Ok(await mediator.Send(new GetConstituent(id))))
            .WithSummary("One constituent; its version goes back with an edit");
        constituents.MapPost("/", async (ConstituentRequest body, IMediator mediator) =>
            {
                var created = await mediator.Send(ToCommand(null, body));
                return Results.Created($"/api/admin/constituents/{created.Id}", created);
            })
            .WithSummary("Create a constituent");
        constituents.MapPut("/{id:guid}", async (Guid id, ConstituentRequest body, IMediator mediator) => Results.Ok(await mediator.Send(ToCommand(id, body))))
            .WithSummary("Edit a constituent (send the version you read; a stale one is a 409)");
        constituents.MapPost("/{id:guid}/archive", async (Guid id, IMediator mediator) =>
            {
                await mediator.Send(new SetConstituentArchived(id, true));
                return Results.NoContent();
            })
            .WithSummary("Archive a constituent");
        constituents.MapPost("/{id:guid}/restore", async (Guid id, IMediator mediator) =>
            {
                await mediator.Send(new SetConstituentArchived(id, false));
                return Results.NoContent();
            })
            .WithSummary("Restore an archived constituent");

        var focalPoints = admin.MapGroup("/resolutions/{resolutionId:guid}/focal-points").WithTags("Focal points (admin)");
        focalPoints.MapGet("/", async (Guid resolutionId, IMediator mediator) => Results.Ok(await mediator.Send(new ListFocalPoints(resolutionId))))
            .WithSummary("The focal points of a resolution");
        focalPoints.MapPost("/", async (Guid resolutionId, AssignFocalPointRequest body, IMediator mediator) =>
            {
                var id = await mediator.Send(new AssignFocalPoint(resolutionId, body.UserId, body.ConstituentId));
                return Results.Created($"/api/admin/resolutions/{resolutionId}/focal-points/{id}", new { id });
            })
            .WithSummary("Assign a focal point (a user with the FocalPoint role, acting for the Secretariat or a Commission)");
        focalPoints.MapDelete("/{focalPointId:guid}", async (Guid resolutionId, Guid focalPointId, IMediator mediator) =>
            {
                await mediator.Send(new RemoveFocalPoint(resolutionId, focalPointId));
                return Results.NoContent();
            })
            .WithSummary("Remove a focal point");

        var imports = admin.MapGroup("/imports").WithTags("Imports (admin)");
        imports.MapPost("/", async ([FromForm] string kind, IFormFile file, [FromForm] bool? importValidRows, IMediator mediator) =>
            {
                using var buffer = new MemoryStream();
                await file.CopyToAsync(buffer);
                var id = await mediator.Send(new StartImport(kind, file.FileName, buffer.ToArray(), importValidRows ?? false));
                return Results.Accepted($"/api/admin/imports/{id}", new { id });
            })
            .DisableAntiforgery() // bearer-token API: no cookie, so no cross-site forgery to guard against
            .WithMetadata(new RequestSizeLimitAttribute(StartImportValidator.MaxRequestBytes))
            .WithSummary("Upload a CSV or XLSX file of resolutions or members (multipart: kind, file, importValidRows); follow the returned import")
            .Accepts<IFormFile>("multipart/form-data");
        imports.MapGet("/{id:guid}", async (Guid id, IMediator mediator) => Results.Ok(await mediator.Send(new GetImport(id))))
            .WithSummary("An import's progress, counts (added, updated, unchanged) and errors by line and column");
    }

    private static SaveConstituent ToCommand(Guid? id, ConstituentRequest body) => new(
        id, body.Type ?? string.Empty, body.Name ?? string.Empty, body.Acronym, body.CountryCode, body.Region, body.MembershipCategory,
        body.PeriodStart, body.PeriodEnd, body.ParentId, body.Version);
}
