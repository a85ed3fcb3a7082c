using System.Diagnostics;
using System.Globalization;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ModularReports.BuildingBlocks.Abstractions;
using ModularReports.BuildingBlocks.Messaging;
using ModularReports.BuildingBlocks.Persistence;

namespace ModularReports.LoadTests;

/// <summary>
/// Issue 26's drain measurement, on PostgreSQL and RabbitMQ (durable queues, publisher confirms), both in one run:
/// (a) MassTransit alone publishing events to a queue and consuming them, doing nothing else; (b) the same number of
/// events committed to a module's outbox, in transactions of <see cref="CommitSize"/>, and carried by the application's
/// own pieces (the dispatcher, the broker, an inbox consumer recording each event once) until every one is recorded.
/// The consumer's own work is nothing in both, so the figures compare the ways there, not the work at the end.
/// </summary>
internal static class OutboxDrainBenchmark
{
    private const int CommitSize = 500;

    public static async Task RunAsync(BenchDatabase database, IReadOnlyDictionary<string, string> broker, int events)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(broker.ToDictionary(
            s => s.Key.Replace("__", ":", StringComparison.Ordinal), s => (string?)s.Value)).Build();
        var raw = await RawAsync(configuration, events);
        var outbox = await OutboxAsync(database, configuration, events);
        Console.WriteLine();
        Console.WriteLine($"| {events:N0} events through RabbitMQ on {database.Name} | Events per second | Against MassTransit alone |");
        Console.WriteLine("|---|---|---|");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| MassTransit alone: published and consumed | {events / raw.TotalSeconds:N0} | 100% |"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| the outbox: committed, dispatched, consumed and recorded in the inbox | {events / outbox.TotalSeconds:N0} | {raw / outbox:P0} |"));
    }

    /// <summary>Publishes every event at once (in parallel, as a busy publisher does) and waits until the handler saw them all.</summary>
    private static async Task<TimeSpan> RawAsync(IConfiguration configuration, int events)
    {
        var consumed = 0;
        var all = new TaskCompletionSource();
        var rabbit = configuration.GetSection("Messaging:RabbitMq");
        var bus = Bus.Factory.CreateUsingRabbitMq(cfg =>
        {
            cfg.Host(rabbit["Host"], ushort.Parse(rabbit["Port"]!, CultureInfo.InvariantCulture), rabbit["VirtualHost"], h =>
            {
                h.Username(rabbit["Username"]!);
                h.Password(rabbit["Password"]!);
            });
            cfg.ReceiveEndpoint("drain-raw", e => e.Handler<RawPinged>(_ =>
            {
                if (Interlocked.Increment(ref consumed) == events)
                {
                    all.TrySetResult();
                }

                return Task.CompletedTask;
            }));
        });
        await bus.StartAsync();
        try
        {
            await bus.Publish(new RawPinged(Guid.NewGuid(), DateTimeOffset.UtcNow)); // the connection and topology made before timing
            await WaitAsync(() => Volatile.Read(ref consumed) >= 1);
            consumed = 0;
            var started = Stopwatch.GetTimestamp();
            foreach (var chunk in Enumerable.Range(0, events).Chunk(CommitSize))
            {
                await Task.WhenAll(chunk.Select(_ => bus.Publish(new RawPinged(Guid.NewGuid(), DateTimeOffset.UtcNow))));
            }

            await all.Task.WaitAsync(TimeSpan.FromMinutes(10));
            var took = Stopwatch.GetElapsedTime(started);
            Console.WriteLine($"MassTransit alone: {events} events in {took.TotalSeconds:0.00} s");
            return took;
        }
        finally
        {
            await bus.StopAsync();
        }
    }

    /// <summary>Commits the events to the outbox, then waits until the consumer has recorded every one in its inbox.</summary>
    private static async Task<TimeSpan> OutboxAsync(BenchDatabase database, IConfiguration configuration, int events)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Configuration.AddConfiguration(configuration);
        var options = new DatabaseOptions(DatabaseProvider.PostgreSql, database.ConnectionString);
        builder.Services.AddModuleDbContext<DrainDbContext, DrainDbContext>(options, DrainDbContext.SchemaName);
        builder.Services.AddModuleConsumers(typeof(PingedConsumer).Assembly);
        builder.Services.AddModularMessaging(builder.Configuration);
        using var host = builder.Build();
        await using (var scope = host.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DrainDbContext>().Database.EnsureCreatedAsync();
        }

        await host.StartAsync();
        try
        {
            await PublishAsync(host.Services, 1); // the connection, topology and first queries made before timing
            await WaitAsync(async () => await CountAsync(host.Services) >= 1);
            var started = Stopwatch.GetTimestamp();
            await PublishAsync(host.Services, events);
            var committed = Stopwatch.GetElapsedTime(started);
            await WaitAsync(async () => await UnsentAsync(host.Services) == 0);
            var dispatched = Stopwatch.GetElapsedTime(started);
            await WaitAsync(async () => await CountAsync(host.Services) >= events + 1);
            var took = Stopwatch.GetElapsedTime(started);
            Console.WriteLine($"The outbox: {events} events committed after {committed.TotalSeconds:0.00} s, all handed to the broker after "
                + $"{dispatched.TotalSeconds:0.00} s, all recorded by the consumer after {took.TotalSeconds:0.00} s");
            return took;
        }
        finally
        {
            await host.StopAsync();
        }
    }

    private static async Task PublishAsync(IServiceProvider services, int events)
    {
        foreach (var chunk in Enumerable.Range(0, events).Chunk(CommitSize))
        {
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<DrainDbContext>();
            foreach (var _ in chunk)
            {
                db.Publish(new Pinged(Guid.NewGuid(), DateTimeOffset.UtcNow));
            }

            await db.SaveChangesAsync();
        }
    }

    private static async Task<int> CountAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DrainDbContext>().InboxMessages.CountAsync();
    }

    private static async Task<int> UnsentAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DrainDbContext>().OutboxMessages.CountAsync(m => m.SentAt == null);
    }

    private static Task WaitAsync(Func<bool> condition) => WaitAsync(() => Task.FromResult(condition()));

    private static async Task WaitAsync(Func<Task<bool>> condition)
    {
        var started = Stopwatch.GetTimestamp();
        while (!await condition())
        {
            if (Stopwatch.GetElapsedTime(started) > TimeSpan.FromMinutes(10))
            {
                throw new TimeoutException("The events were not all consumed within ten minutes.");
            }

            await Task.Delay(10);
        }
    }
}

/// <summary>The event of the measurement's module.</summary>
internal sealed record Pinged(Guid Id, DateTimeOffset OccurredAt) : IIntegrationEvent;

/// <summary>The same for MassTransit alone.</summary>
internal sealed record RawPinged(Guid Id, DateTimeOffset OccurredAt);

/// <summary>A module with an outbox and an inbox and nothing else.</summary>
internal sealed class DrainDbContext(DbContextOptions<DrainDbContext> options) : ModuleDbContext(options)
{
    public const string SchemaName = "drain";

    protected override string Schema => SchemaName;

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        // Only the outbox and inbox the base context maps.
    }
}

/// <summary>Records each event once in the module's inbox, and does nothing else.</summary>
internal sealed class PingedConsumer(DrainDbContext db, TimeProvider clock) : InboxConsumer<Pinged, DrainDbContext>(db, clock)
{
    protected override Task HandleAsync(Pinged message, CancellationToken cancellationToken) => Task.CompletedTask;
}
