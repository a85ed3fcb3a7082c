using System.Reflection;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ModularReports.BuildingBlocks.Messaging;

/// <summary>The transports the bus can run on (ADR 0005).</summary>
public enum MessagingTransport
{
    InMemory,
    RabbitMq,
}

/// <summary>An assembly whose MassTransit consumers a module contributes to the one bus.</summary>
public sealed record ConsumerAssembly(Assembly Assembly);

public static class MessagingRegistration
{
    public static IServiceCollection AddOutboxInfrastructure(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<OutboxSignal>();
        services.TryAddSingleton<Persistence.CommittedChanges>();
        services.TryAddSingleton<OutboxSaveChangesInterceptor>();
        services.TryAddSingleton<OutboxTransactionInterceptor>();
        return services;
    }

    /// <summary>Called by a module for its consumers; the bus is configured once, by <see cref="AddModularMessaging"/>.</summary>
    public static IServiceCollection AddModuleConsumers(this IServiceCollection services, Assembly assembly) =>
        services.AddSingleton(new ConsumerAssembly(assembly));

    /// <summary>
    /// MassTransit on the configured transport with every module's consumers, and the outbox dispatcher.
    /// Call after the modules have been added.
    /// </summary>
    public static IServiceCollection AddModularMessaging(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection("Messaging");
        var raw = section["Transport"];
        var transport = MessagingTransport.InMemory;
        if (!string.IsNullOrWhiteSpace(raw) && !Enum.TryParse(raw, ignoreCase: true, out transport))
        {
            throw new InvalidOperationException(
                $"Messaging:Transport '{raw}' is not supported; use one of: {string.Join(", ", Enum.GetNames<MessagingTransport>())}.");
        }

        var consumers = services
            .Where(d => d.ServiceType == typeof(ConsumerAssembly))
            .Select(d => ((ConsumerAssembly)d.ImplementationInstance!).Assembly)
            .Distinct()
            .SelectMany(ConsumerTypes)
            .ToArray();

        // Namespaces in queue names: two modules may both have a consumer called, say, ReportSubmittedConsumer.
        var queues = new KebabCaseEndpointNameFormatter(prefix: null, includeNamespace: true);
        services.AddOutboxInfrastructure();
        services.AddSingleton(new EventConsumers(consumers, queues));
        services.Configure<OutboxOptions>(section.GetSection("Outbox"));
        services.PostConfigure<OutboxOptions>(o => o.TransportLosesMessagesOnStop = transport == MessagingTransport.InMemory);
        services.Configure<MessageRetentionOptions>(section.GetSection("Retention"));
        services.Configure<InboxOptions>(section.GetSection("Inbox"));
        services.AddHostedService<OutboxDispatcher>();
        services.AddScoped<Hosting.IRecurringTask, MessageRetentionTask>();
        services.AddOptions<MassTransitHostOptions>().Configure(o =>
        {
            o.WaitUntilStarted = true;
            o.StopTimeout = TimeSpan.FromSeconds(10);
        });

        services.AddMassTransit(bus =>
        {
            bus.SetEndpointNameFormatter(queues);
            // MassTransit reports its usage to an outside host unless told not to; nothing here leaves for a third party.
            bus.ConfigureUsageTelemetryOptions(o => o.Enabled = false);
            // A broker that is down degrades a node but leaves it ready: requests succeed and the outbox keeps the events
            // until the broker is back, where an unready node would be taken out of its load balancer.
            bus.ConfigureHealthCheckOptions(o => o.MinimalFailureStatus = Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Degraded);
            foreach (var consumer in consumers)
            {
                bus.AddConsumer(consumer, ConsumesBatches(consumer) ? typeof(InboxConsumerDefinition<>).MakeGenericType(consumer) : null);
            }

            if (transport == MessagingTransport.RabbitMq)
            {
                var rabbit = section.GetSection("RabbitMq");
                bus.UsingRabbitMq((context, cfg) =>
                {
                    cfg.Host(rabbit["Host"] ?? "localhost", ushort.Parse(rabbit["Port"] ?? "5672", System.Globalization.CultureInfo.InvariantCulture), rabbit["VirtualHost"] ?? "/", h =>
                    {
                        h.Username(rabbit["Username"] ?? "guest");
                        h.Password(rabbit["Password"] ?? "guest");
                    });
                    ConfigureEndpoints(context, cfg);
                });
            }
            else
            {
                bus.UsingInMemory((context, cfg) => ConfigureEndpoints(context, cfg));
            }
        });

        return services;
    }

    /// <summary>Inbox consumers take batches (ADR 15) and get their batch settings from a definition.</summary>
    private static bool ConsumesBatches(Type consumer) =>
        consumer.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IConsumer<>)
            && i.GetGenericArguments()[0] is { IsGenericType: true } message && message.GetGenericTypeDefinition() == typeof(Batch<>));

    /// <summary>Module consumers are internal, which MassTransit's assembly scan passes over; find them here.</summary>
    private static IEnumerable<Type> ConsumerTypes(Assembly assembly) =>
        assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false, IsGenericTypeDefinition: false }
            && t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IConsumer<>)));

    private static void ConfigureEndpoints<TEndpoint>(IBusRegistrationContext context, IBusFactoryConfigurator<TEndpoint> cfg)
        where TEndpoint : IReceiveEndpointConfigurator
    {
        // Transient failures (including two deliveries racing on the inbox key) get retried before faulting.
        cfg.UseMessageRetry(r => r.Exponential(5, TimeSpan.FromMilliseconds(100), TimeSpan.FromSeconds(10), TimeSpan.FromMilliseconds(200)));
        cfg.ConfigureEndpoints(context);
    }
}
