using MassTransit;

namespace ModularReports.BuildingBlocks.Messaging;

/// <summary>
/// Which consumers each event has, where each records what it consumed (its module's inbox) and which queue reaches it
/// alone: the dispatcher takes an event as delivered once every one of them has recorded it, and hands it again to those
/// that have not, and only to them (ADR 26). Every consumer is an <see cref="InboxConsumer{TMessage,TContext}"/>,
/// so that handing an event over again never has its effect twice.
/// </summary>
public sealed class EventConsumers
{
    private readonly IReadOnlyList<EventConsumer> consumers;
    private readonly ConcurrentDictionary<string, EventConsumer[]> byStoredType = new(StringComparer.Ordinal);

    /// <param name="queues">How the bus names each consumer's queue, to hand an event to one consumer alone.</param>
    public EventConsumers(IEnumerable<Type> consumerTypes, IEndpointNameFormatter queues) =>
        consumers = consumerTypes.Select(c => EventConsumer.Of(c, queues)).ToList();

    /// <summary>The consumers of an event stored under this type name (<see cref="OutboxMessage.Type"/>); none for a type that is gone.</summary>
    public IReadOnlyList<EventConsumer> Of(string storedType) => byStoredType.GetOrAdd(storedType, type =>
        Type.GetType(type, throwOnError: false) is { } eventType ? consumers.Where(c => c.Message.IsAssignableFrom(eventType)).ToArray() : []);

    /// <summary>Which of these messages each consumer has recorded: one query per consumer that the messages concern.</summary>
    public async Task<HashSet<(Guid MessageId, string Consumer)>> RecordedAsync(
        IServiceProvider services, IReadOnlyCollection<OutboxMessage> messages, CancellationToken cancellationToken)
    {
        var recorded = new HashSet<(Guid, string)>();
        foreach (var group in messages.SelectMany(m => Of(m.Type).Select(c => (Consumer: c, m.Id))).GroupBy(x => x.Consumer))
        {
            var db = (ModuleDbContext)services.GetRequiredService(group.Key.Context);
            var ids = group.Select(x => x.Id).ToList();
            var name = group.Key.Name;
            foreach (var id in await db.InboxMessages.Where(m => m.Consumer == name && ids.Contains(m.MessageId)).Select(m => m.MessageId).ToListAsync(cancellationToken))
            {
                recorded.Add((id, name));
            }
        }

        return recorded;
    }
}

/// <summary>
/// A consumer of <see cref="Message"/>, known in its module's inbox (<see cref="Context"/>) by <see cref="Name"/>, and
/// reached alone through its queue (<see cref="Queue"/>).
/// </summary>
public sealed record EventConsumer(Type Message, string Name, Type Context, Uri Queue)
{
    public static EventConsumer Of(Type consumer, IEndpointNameFormatter queues)
    {
        for (var type = consumer; type is not null; type = type.BaseType)
        {
            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(InboxConsumer<,>))
            {
                var arguments = type.GetGenericArguments();
                var queue = (string)typeof(IEndpointNameFormatter).GetMethod(nameof(IEndpointNameFormatter.Consumer))!
                    .MakeGenericMethod(consumer).Invoke(queues, null)!;
                return new EventConsumer(arguments[0], InboxConsumerName.Of(consumer), arguments[1], new Uri($"queue:{queue}"));
            }
        }

        throw new InvalidOperationException(
            $"{consumer.FullName} consumes events without an inbox. Events are handed over again until every consumer has recorded them " +
            $"(ADR 26): derive it from {typeof(InboxConsumer<,>).Name}, so that a second delivery has no second effect.");
    }
}

/// <summary>How a consumer is named in its inbox's records.</summary>
public static class InboxConsumerName
{
    public static string Of(Type consumer) => consumer.FullName!;
}
