using ModularReports.BuildingBlocks.Persistence;
using Xunit;

namespace ModularReports.Testing;

/// <summary>
/// The stacks a messaging test runs on: the embedded default (SQLite, the in-memory bus), PostgreSQL with the in-memory
/// bus, and the production shape, PostgreSQL with RabbitMQ. Use with [SkippableTheory] and call
/// <see cref="RequireAvailable"/> first: a stack whose server is not configured is reported as skipped, with the reason.
/// </summary>
public static class Stacks
{
    public const string Embedded = "sqlite+in-memory";

    public const string PostgreSql = "postgresql+in-memory";

    public const string Production = "postgresql+rabbitmq";

    public static TheoryData<string> Messaging => new(Embedded, PostgreSql, Production);

    public static DatabaseProvider Provider(string stack) =>
        stack.StartsWith("sqlite", StringComparison.Ordinal) ? DatabaseProvider.Sqlite : DatabaseProvider.PostgreSql;

    public static bool OnRabbitMq(string stack) => stack.EndsWith("rabbitmq", StringComparison.Ordinal);

    /// <summary>
    /// The stack's broker, a virtual host of its own on RabbitMQ (none in memory), and the settings for it with
    /// <paramref name="settings"/> on top.
    /// </summary>
    public static async Task<(RabbitMqVirtualHost? Broker, Dictionary<string, string?> Settings)> BrokerAsync(
        string stack, IEnumerable<KeyValuePair<string, string?>>? settings)
    {
        var broker = OnRabbitMq(stack) ? await RabbitMqServer.CreateVirtualHostAsync() : null;
        var all = new Dictionary<string, string?>(broker?.Settings ?? new Dictionary<string, string?>());
        foreach (var (key, value) in settings ?? [])
        {
            all[key] = value;
        }

        return (broker, all);
    }

    public static void RequireAvailable(string stack)
    {
        Providers.RequireAvailable(Provider(stack));
        Skip.If(OnRabbitMq(stack) && !RabbitMqServer.IsAvailable, RabbitMqServer.UnavailableReason);
    }
}
