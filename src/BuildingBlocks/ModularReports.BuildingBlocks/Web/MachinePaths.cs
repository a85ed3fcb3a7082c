using Microsoft.AspNetCore.Http;

namespace ModularReports.BuildingBlocks.Web;

/// <summary>
/// The addresses programs read (the API, health, the OpenAPI document): they get statuses and problem details, never a
/// page or a redirect to the sign-in page.
/// </summary>
public static class MachinePaths
{
    public static bool Includes(PathString path) =>
        path.StartsWithSegments("/api") || path.StartsWithSegments("/health") || path.StartsWithSegments("/openapi");
}
