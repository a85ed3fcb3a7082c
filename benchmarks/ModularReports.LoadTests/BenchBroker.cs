using System.Net.Http.Headers;
using System.Text;

namespace ModularReports.LoadTests;

/// <summary>
/// The RabbitMQ broker a measurement runs on, named by MODULARREPORTS_BENCH_RABBITMQ as
/// <c>host:port,management-url,user,password</c> (the tests' form): each run gets a virtual host of its own, made through
/// the management API and deleted afterwards, so that queues left by another run never feed this one.
/// </summary>
internal sealed class BenchBroker : IAsyncDisposable
{
    public const string Variable = "MODULARREPORTS_BENCH_RABBITMQ";

    private readonly HttpClient management;
    private readonly string name;

    private BenchBroker(HttpClient management, string name, IReadOnlyDictionary<string, string> settings)
    {
        this.management = management;
        this.name = name;
        Settings = settings;
    }

    public static bool IsConfigured => Environment.GetEnvironmentVariable(Variable)?.Split(',').Length == 4;

    /// <summary>The host's settings for the run's virtual host.</summary>
    public IReadOnlyDictionary<string, string> Settings { get; }

    public static async Task<BenchBroker> CreateAsync()
    {
        var parts = Environment.GetEnvironmentVariable(Variable)!.Split(',');
        var (endpoint, user, password) = (parts[0].Split(':'), parts[2], parts[3]);
        var name = $"modularreports_bench_{DateTime.UtcNow:yyyyMMddHHmmss}";
        var client = new HttpClient { BaseAddress = new Uri(parts[1]) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}")));
        (await client.PutAsync($"api/vhosts/{name}", null)).EnsureSuccessStatusCode();
        using var permissions = new StringContent("""{"configure":".*","write":".*","read":".*"}""", Encoding.UTF8, "application/json");
        (await client.PutAsync($"api/permissions/{name}/{Uri.EscapeDataString(user)}", permissions)).EnsureSuccessStatusCode();
        return new BenchBroker(client, name, new Dictionary<string, string>
        {
            ["Messaging__Transport"] = "RabbitMq",
            ["Messaging__RabbitMq__Host"] = endpoint[0],
            ["Messaging__RabbitMq__Port"] = endpoint.ElementAtOrDefault(1) ?? "5672",
            ["Messaging__RabbitMq__VirtualHost"] = name,
            ["Messaging__RabbitMq__Username"] = user,
            ["Messaging__RabbitMq__Password"] = password,
        });
    }

    public async ValueTask DisposeAsync()
    {
        using (management)
        {
            await management.DeleteAsync($"api/vhosts/{name}");
        }
    }
}
