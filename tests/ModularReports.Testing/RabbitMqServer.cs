using System.Net.Http.Headers;
using System.Text;

namespace ModularReports.Testing;

/// <summary>
/// The RabbitMQ broker the tests may use, named by MODULARREPORTS_TEST_RABBITMQ (scripts/test.sh starts one and sets
/// it): <c>host:port,management-url,user,password</c>. Each test gets a virtual host of its own, made through the
/// management API and deleted afterwards, so that queues left by one test never feed another.
/// </summary>
public static class RabbitMqServer
{
    public const string EnvironmentVariable = "MODULARREPORTS_TEST_RABBITMQ";

    public static bool IsAvailable => !string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(EnvironmentVariable));

    public static string UnavailableReason =>
        $"No RabbitMQ broker: set {EnvironmentVariable} (scripts/test.sh does) to run the RabbitMQ variant.";

    /// <summary>A fresh virtual host; the settings point the host's bus at it.</summary>
    public static async Task<RabbitMqVirtualHost> CreateVirtualHostAsync()
    {
        var parts = (Environment.GetEnvironmentVariable(EnvironmentVariable) ?? throw new InvalidOperationException(UnavailableReason)).Split(',');
        if (parts.Length != 4)
        {
            throw new InvalidOperationException($"{EnvironmentVariable} must be 'host:port,management-url,user,password'.");
        }

        var (endpoint, management, user, password) = (parts[0], new Uri(parts[1]), parts[2], parts[3]);
        var name = $"mr_test_{Guid.NewGuid():N}";
        var client = new HttpClient { BaseAddress = management };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}")));
        (await client.PutAsync($"api/vhosts/{name}", null)).EnsureSuccessStatusCode();
        var permissions = new StringContent("""{"configure":".*","write":".*","read":".*"}""", Encoding.UTF8, "application/json");
        (await client.PutAsync($"api/permissions/{name}/{Uri.EscapeDataString(user)}", permissions)).EnsureSuccessStatusCode();
        var hostAndPort = endpoint.Split(':');
        return new RabbitMqVirtualHost(client, name, new Dictionary<string, string?>
        {
            ["Messaging:Transport"] = "RabbitMq",
            ["Messaging:RabbitMq:Host"] = hostAndPort[0],
            ["Messaging:RabbitMq:Port"] = hostAndPort.Length > 1 ? hostAndPort[1] : "5672",
            ["Messaging:RabbitMq:VirtualHost"] = name,
            ["Messaging:RabbitMq:Username"] = user,
            ["Messaging:RabbitMq:Password"] = password,
        });
    }
}

/// <summary>A virtual host of the test broker, deleted (with its queues) when disposed.</summary>
public sealed class RabbitMqVirtualHost(HttpClient management, string name, IReadOnlyDictionary<string, string?> settings) : IAsyncDisposable
{
    public IReadOnlyDictionary<string, string?> Settings => settings;

    public async ValueTask DisposeAsync()
    {
        using (management)
        {
            await management.DeleteAsync($"api/vhosts/{name}");
        }
    }
}
