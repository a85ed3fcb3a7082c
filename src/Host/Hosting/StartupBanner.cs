using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace ModularReports.Host.Hosting;

internal static class StartupBanner
{
    /// <summary>Prints where the application can be opened, once Kestrel has bound its addresses.</summary>
    public static void PrintUrlsOnStart(this WebApplication app) =>
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            foreach (var address in addresses)
            {
                var browsable = address.Replace("://[::]", "://localhost", StringComparison.Ordinal)
                    .Replace("://0.0.0.0", "://localhost", StringComparison.Ordinal)
                    .Replace("://+", "://localhost", StringComparison.Ordinal)
                    .Replace("://*", "://localhost", StringComparison.Ordinal);
                Console.WriteLine($"ModularReports is running at {browsable}  (API reference: {browsable}/scalar, health: {browsable}/health/ready)");
            }
        });
}
