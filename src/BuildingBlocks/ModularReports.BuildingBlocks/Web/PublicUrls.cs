using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;

namespace ModularReports.BuildingBlocks.Web;

/// <summary>
/// Absolute links for messages that leave the application (e-mails): <c>App:PublicUrl</c> when set (behind a proxy
/// the request's host may not be the public one), else the current request's scheme and host.
/// </summary>
public sealed class PublicUrls(IConfiguration configuration, IHttpContextAccessor accessor)
{
    public Uri Absolute(string pathAndQuery)
    {
        var configured = configuration["App:PublicUrl"];
        var root = !string.IsNullOrWhiteSpace(configured)
            ? configured.TrimEnd('/')
            : accessor.HttpContext is { } http
                ? $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}"
                : "http://localhost:5000";
        return new Uri(root + (pathAndQuery.StartsWith('/') ? pathAndQuery : "/" + pathAndQuery));
    }
}
