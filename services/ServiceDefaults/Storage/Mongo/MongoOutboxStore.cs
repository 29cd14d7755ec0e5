using DigitalCity.ServiceDefaults.Outbox;
using MongoDB.Bson;
using MongoDB.Driver;

namespace DigitalCity.ServiceDefaults.Storage.Mongo;

/// <summary>Reads the pending events embedded in a service's aggregate collections and pulls them once sent.</summary>
public sealed class MongoOutboxStore(IMongoDatabase database, IReadOnlyList<string> collections) : IOutboxStore
{
    static readonly FilterDefinition<BsonDocument> HasPending = Builders<BsonDocument>.Filter.Exists(MongoOutboxFields.MessageId);

    public async Task<IReadOnlyList<OutboxMessage>> GetPendingAsync(int max, CancellationToken cancellationToken)
    {
        var messages = new List<OutboxMessage>();
        foreach (var name in collections)
        {
            var documents = await database.GetCollection<BsonDocument>(name)
                .Find(HasPending)
                .Project(Builders<BsonDocument>.Projection.Include(MongoOutboxFields.Array))
                .Limit(max)
                .ToListAsync(cancellationToken);
            messages.AddRange(documents.SelectMany(d => d[MongoOutboxFields.Array].AsBsonArray.Select(e => MongoOutboxFields.FromBson(e.AsBsonDocument))));
        }

        return [.. messages.OrderBy(m => m.OccurredAt).Take(max)];
    }

    public async Task MarkSentAsync(IReadOnlyCollection<OutboxMessage> messages, DateTimeOffset sentAt, CancellationToken cancellationToken)
    {
        foreach (var bySource in messages.GroupBy(m => m.Source))
        {
            var updates = bySource.GroupBy(m => m.AggregateId).Select(byAggregate =>
                new UpdateOneModel<BsonDocument>(
                    Builders<BsonDocument>.Filter.Eq("_id", new BsonBinaryData(Guid.Parse(byAggregate.Key), GuidRepresentation.Standard)),
                    Builders<BsonDocument>.Update.PullFilter(MongoOutboxFields.Array,
                        Builders<BsonDocument>.Filter.In("_id", byAggregate.Select(m => new BsonBinaryData(m.MessageId, GuidRepresentation.Standard))))));
            await database.GetCollection<BsonDocument>(bySource.Key).BulkWriteAsync(updates, new BulkWriteOptions { IsOrdered = false }, cancellationToken);
        }
    }

    /// <summary>Sent events are pulled from their documents at once, so nothing is left to purge.</summary>
    public Task PurgeSentAsync(DateTimeOffset cutoff, CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task<long> CountPendingAsync(CancellationToken cancellationToken)
    {
        long total = 0;
        foreach (var name in collections)
        {
            var result = await database.GetCollection<BsonDocument>(name)
                .Aggregate()
                .Match(HasPending)
                .Group(new BsonDocument { { "_id", BsonNull.Value }, { "n", new BsonDocument("$sum", new BsonDocument("$size", "$" + MongoOutboxFields.Array)) } })
                .FirstOrDefaultAsync(cancellationToken);
            total += result?["n"].ToInt64() ?? 0;
        }

        return total;
    }
}
