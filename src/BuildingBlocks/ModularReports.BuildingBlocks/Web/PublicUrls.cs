using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;

namespace ModularReports.BuildingBlocks.Web;

/// <summary>
/// Absolute links for messages that leave the application (e-mails): <c>App:PublicUrl</c>, which a server deployment must
/// set, else (the embedded default) the address the server listens on. Never the request's Host or forwarded headers:
/// anyone can send those, and a reset link must not point at somebody else's site.
/// </summary>
public sealed class PublicUrls(IConfiguration configuration, IServiceProvider services)
{
    public Uri Absolute(string pathAndQuery)
    {
        var configured = configuration["App:PublicUrl"];
        var root = !string.IsNullOrWhiteSpace(configured) ? configured.TrimEnd('/') : ListeningAddress() ?? "http://localhost:5000";
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
