using System.Diagnostics;
using System.Text.Json;
using DigitalCity.Contracts;

namespace DigitalCity.ServiceDefaults.Outbox;

/// <summary>
/// An event waiting to be published, stored in the same atomic write as the state change that raised
/// it. <see cref="MessageId"/> is the event's id and becomes the transport MessageId, so every
/// publish attempt of the same event carries the same id.
/// </summary>
/// <param name="Source">The table or collection that holds the aggregate.</param>
/// <param name="AggregateId">Events of one aggregate are published in the order they were raised.</param>
/// <param name="TraceParent">The W3C trace context of the request that caused the event.</param>
public sealed record OutboxMessage(
    Guid MessageId,
    string Source,
    string AggregateId,
    string EventType,
    string Payload,
    DateTimeOffset OccurredAt,
    string? TraceParent)
{
    public static OutboxMessage From(IIntegrationEvent @event, string source, Guid aggregateId) =>
        new(@event.EventId,
            source,
            aggregateId.ToString(),
            EventTypes.NameOf(@event.GetType()),
            JsonSerializer.Serialize(@event, @event.GetType(), EventTypes.PayloadJson),
            @event.OccurredAt,
            Activity.Current?.Id);

    public static IReadOnlyList<OutboxMessage> FromAll(IEnumerable<IIntegrationEvent> events, string source, Guid aggregateId) =>
        [.. events.Select(e => From(e, source, aggregateId))];

    public object Deserialize() =>
        JsonSerializer.Deserialize(Payload, EventTypes.Resolve(EventType), EventTypes.PayloadJson)
        ?? throw new InvalidOperationException($"Outbox message {MessageId} has an empty payload.");
}
