using Microsoft.AspNetCore.Http;

namespace ModularReports.BuildingBlocks.Web;

/// <summary>
/// The client's address as the server sees it: the connection's, or the one a trusted proxy forwarded
/// (<c>App:ForwardedHeaders:KnownProxies</c>); never a header the client sets itself.
/// </summary>
public static class ClientAddress
{
    public static string Of(HttpContext http) => http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}

/// <summary>Rate-limit policies of expensive public endpoints, per client address; their limits are the host's settings.</summary>
public static class RateLimitPolicies
{
    /// <summary>Searches anyone may run (published reports, the catalogue).</summary>
    public const string PublicSearch = "public-search";

    /// <summary>Downloads of whole result sets (CSV).</summary>
    public const string PublicExport = "public-export";
}
