using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using ModularReports.BuildingBlocks.Persistence;
using ModularReports.Testing;

namespace ModularReports.HostTesting;

/// <summary>
/// The application as it runs in production, on a throwaway database of the given provider. A host made by
/// <see cref="StartAsync"/> drops its database when disposed; one given a database leaves it to the caller
/// (so a second host can be started on the same data).
/// </summary>
public sealed class HostFactory(
    TestDatabase database, IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    : WebApplicationFactory<Program>
{
    private bool ownsDatabase;
    private RabbitMqVirtualHost? broker;

    public TestDatabase Database => database;

    /// <summary>Where this host writes e-mails (.eml files).</summary>
    public string MailFolder { get; } = Path.Combine(Path.GetTempPath(), "modularreports-tests", "mail-" + Guid.NewGuid().ToString("N"));

    /// <summary>The loopback address of the real (Kestrel) server, for a browser; null for the in-memory test server.</summary>
    public Uri? ServerAddress { get; private set; }

    public static async Task<HostFactory> StartAsync(DatabaseProvider provider, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var factory = new HostFactory(await TestDatabase.CreateAsync(provider), settings) { ownsDatabase = true };
        factory.StartServer();
        return factory;
    }

    /// <summary>The host on one of the <see cref="Stacks"/>: on RabbitMQ, with a virtual host of its own.</summary>
    public static async Task<HostFactory> StartAsync(string stack, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var (broker, all) = await Stacks.BrokerAsync(stack, settings);
        var factory = new HostFactory(await TestDatabase.CreateAsync(Stacks.Provider(stack)), all) { ownsDatabase = true, broker = broker };
        factory.StartServer();
        return factory;
    }

    /// <summary>The host on Kestrel at a free loopback port, reachable by a real browser.</summary>
    public static async Task<HostFactory> StartOnKestrelAsync(DatabaseProvider provider, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var factory = new HostFactory(await TestDatabase.CreateAsync(provider), settings) { ownsDatabase = true };
        factory.UseKestrel(0);
        factory.StartServer();
        var addresses = factory.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses;
        // "localhost" rather than 127.0.0.1: a secure context for the browser, and the same site as other loopback servers.
        factory.ServerAddress = new Uri(addresses.First()
            .Replace("[::]", "localhost", StringComparison.Ordinal)
            .Replace("127.0.0.1", "localhost", StringComparison.Ordinal));
        return factory;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Database:Provider", database.Provider.ToString());
        builder.UseSetting("ConnectionStrings:Default", database.ConnectionString);
        builder.UseSetting("BackgroundJobs:PollInterval", "00:00:01");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Demo:Seed", "true");
        builder.UseSetting("Identity:SignInRateLimit:PermitLimit", "1000");
        builder.UseSetting("RateLimits:PublicSearch:PermitLimit", "100000");
        builder.UseSetting("App:PublicUrl", "https://reports.example.org");
        // E-mails land in the test database's folder, not in the repository's data/.
        builder.UseSetting("Mail:PickupDirectory", MailFolder);
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            builder.UseSetting(key, value);
        }

        if (services is not null)
        {
            builder.ConfigureTestServices(services);
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (ownsDatabase)
        {
            await database.DisposeAsync();
        }

        if (broker is not null)
        {
            await broker.DisposeAsync();
        }
    }
}
