using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ModularReports.BuildingBlocks.Web;

/// <summary>
/// Absolute links for messages that leave the application (e-mails): <c>App:PublicUrl</c> when set (behind a proxy
/// the request's host may not be the public one), else the current request's scheme and host, else (background
/// jobs) the address the server listens on.
/// </summary>
public sealed class PublicUrls(IConfiguration configuration, IHttpContextAccessor accessor, IServiceProvider services)
{
    public Uri Absolute(string pathAndQuery)
    {
        var configured = configuration["App:PublicUrl"];
        var root = !string.IsNullOrWhiteSpace(configured)
            ? configured.TrimEnd('/')
            : accessor.HttpContext is { } http
                ? $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}"
                : ListeningAddress() ?? "http://localhost:5000";
        return new Uri(root + (pathAndQuery.StartsWith('/') ? pathAndQuery : "/" + pathAndQuery));
    }

    private string? ListeningAddress()
    {
        var addresses = services.GetService<IServer>()?.Features.Get<IServerAddressesFeature>()?.Addresses;
        var address = addresses?.OrderBy(a => a.StartsWith("https", StringComparison.Ordinal) ? 1 : 0).FirstOrDefault();
        return address?.Replace("[::]", "localhost", StringComparison.Ordinal).Replace("0.0.0.0", "localhost", StringComparison.Ordinal)
            .Replace("://+", "://localhost", StringComparison.Ordinal).Replace("://*", "://localhost", StringComparison.Ordinal).TrimEnd('/');
    }
}
