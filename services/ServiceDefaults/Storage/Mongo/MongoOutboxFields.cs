using DigitalCity.ServiceDefaults.Outbox;
using MongoDB.Bson;

namespace DigitalCity.ServiceDefaults.Storage.Mongo;

/// <summary>
/// The <c>outbox</c> array that MongoDB aggregate documents carry: events are pushed in the same
/// single-document update as the state change (atomic without a transaction) and pulled once sent.
/// </summary>
public static class MongoOutboxFields
{
    public const string Array = "outbox";
    public const string MessageId = "outbox._id";

    /// <summary>Until when a dispatcher holds the document's pending events (absent or null: nobody).</summary>
    public const string LeaseUntil = "outboxLeaseUntil";

    /// <summary>Which claim holds the lease, so a dispatcher reads back exactly what it claimed.</summary>
    public const string LeaseToken = "outboxLeaseToken";

    public static BsonDocument ToBson(OutboxMessage m) => new()
    {
        { "_id", new BsonBinaryData(m.MessageId, GuidRepresentation.Standard) },
        { "source", m.Source },
        { "aggregateId", m.AggregateId },
        { "eventType", m.EventType },
        { "payload", m.Payload },
        { "occurredAt", m.OccurredAt.UtcDateTime },
        { "traceParent", m.TraceParent is null ? BsonNull.Value : m.TraceParent },
    };

    public static OutboxMessage FromBson(BsonDocument d) => new(
        d["_id"].AsGuid,
        d["source"].AsString,
        d["aggregateId"].AsString,
        d["eventType"].AsString,
        d["payload"].AsString,
        new DateTimeOffset(d["occurredAt"].ToUniversalTime(), TimeSpan.Zero),
        d["traceParent"].IsBsonNull ? null : d["traceParent"].AsString);
}
