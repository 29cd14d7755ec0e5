using DigitalCity.ServiceDefaults.Outbox;
using MongoDB.Bson;
using MongoDB.Driver;

namespace DigitalCity.ServiceDefaults.Storage.Mongo;

/// <summary>
/// Reads the pending events embedded in a service's aggregate collections and pulls them once sent.
/// A claim leases whole documents (their <c>outbox</c> arrays) with a token, in one multi-document
/// update, so two replicas never publish the same document's events at the same time.
/// </summary>
public sealed class MongoOutboxStore(IMongoDatabase database, IReadOnlyList<string> collections) : IOutboxStore
{
    static readonly FilterDefinitionBuilder<BsonDocument> Filter = Builders<BsonDocument>.Filter;
    static readonly FilterDefinition<BsonDocument> HasPending = Filter.Exists(MongoOutboxFields.MessageId);

    public async Task<IReadOnlyList<OutboxMessage>> ClaimPendingAsync(int max, DateTimeOffset now, DateTimeOffset leaseUntil, CancellationToken cancellationToken)
    {
        var claimable = HasPending & (Filter.Eq(MongoOutboxFields.LeaseUntil, BsonNull.Value) | Filter.Lte(MongoOutboxFields.LeaseUntil, now.UtcDateTime));
        var messages = new List<OutboxMessage>();
        foreach (var collection in collections.Select(name => database.GetCollection<BsonDocument>(name)))
        {
            var candidates = await collection.Find(claimable).Project(Builders<BsonDocument>.Projection.Include("_id"))
                .Limit(max).ToListAsync(cancellationToken);
            if (candidates.Count == 0)
            {
                continue;
            }

            var token = Guid.NewGuid().ToString("N");
            await collection.UpdateManyAsync(
                Filter.In("_id", candidates.Select(c => c["_id"])) & claimable,
                Builders<BsonDocument>.Update.Set(MongoOutboxFields.LeaseUntil, leaseUntil.UtcDateTime).Set(MongoOutboxFields.LeaseToken, token),
                cancellationToken: cancellationToken);
            var claimed = await collection.Find(Filter.Eq(MongoOutboxFields.LeaseToken, token))
                .Project(Builders<BsonDocument>.Projection.Include(MongoOutboxFields.Array)).ToListAsync(cancellationToken);
            messages.AddRange(claimed.SelectMany(d => d[MongoOutboxFields.Array].AsBsonArray.Select(e => MongoOutboxFields.FromBson(e.AsBsonDocument))));
        }

        return [.. messages.OrderBy(m => m.OccurredAt)];
    }

    public Task MarkSentAsync(IReadOnlyCollection<OutboxMessage> messages, DateTimeOffset sentAt, CancellationToken cancellationToken) =>
        UpdateDocumentsAsync(messages, byAggregate => Builders<BsonDocument>.Update
            .PullFilter(MongoOutboxFields.Array, Filter.In("_id", byAggregate.Select(m => new BsonBinaryData(m.MessageId, GuidRepresentation.Standard))))
            .Unset(MongoOutboxFields.LeaseUntil)
            .Unset(MongoOutboxFields.LeaseToken), cancellationToken);

    public Task ReleaseAsync(IReadOnlyCollection<OutboxMessage> messages, CancellationToken cancellationToken) =>
        UpdateDocumentsAsync(messages, _ => Builders<BsonDocument>.Update
            .Unset(MongoOutboxFields.LeaseUntil)
            .Unset(MongoOutboxFields.LeaseToken), cancellationToken);

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

    async Task UpdateDocumentsAsync(IReadOnlyCollection<OutboxMessage> messages, Func<IGrouping<string, OutboxMessage>, UpdateDefinition<BsonDocument>> update, CancellationToken cancellationToken)
    {
        foreach (var bySource in messages.GroupBy(m => m.Source))
        {
            var updates = bySource.GroupBy(m => m.AggregateId).Select(byAggregate =>
                new UpdateOneModel<BsonDocument>(
                    Filter.Eq("_id", new BsonBinaryData(Guid.Parse(byAggregate.Key), GuidRepresentation.Standard)),
                    update(byAggregate)));
            await database.GetCollection<BsonDocument>(bySource.Key).BulkWriteAsync(updates, new BulkWriteOptions { IsOrdered = false }, cancellationToken);
        }
    }
}
