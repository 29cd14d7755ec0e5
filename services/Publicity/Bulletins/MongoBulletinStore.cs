using DigitalCity.ServiceDefaults.Domain;
using DigitalCity.ServiceDefaults.Storage.Mongo;
using MongoDB.Bson;
using MongoDB.Driver;

namespace DigitalCity.Publicity.Bulletins;

/// <summary>Bulletins in MongoDB: collection <c>bulletins</c>, a drafter's idempotency key unique.</summary>
public sealed class MongoBulletinStore : IBulletinStore
{
    /// <summary>Also one of the collections the publicity outbox dispatcher reads.</summary>
    public const string CollectionName = "bulletins";

    static readonly SortDefinition<Bulletin> Newest =
        Builders<Bulletin>.Sort.Descending(b => b.PublishedAt).Descending(b => b.DraftedAt).Descending(b => b.Id);

    readonly MongoAggregateCollection<Bulletin> _collection;

    public MongoBulletinStore(MongoServiceDatabase database)
    {
        _collection = new MongoAggregateCollection<Bulletin>(database, CollectionName);
        var keys = Builders<Bulletin>.IndexKeys;
        _collection.DefineIndexes(
            new CreateIndexModel<Bulletin>(keys.Ascending(b => b.IdempotencyKey), new CreateIndexOptions<Bulletin>
            {
                Unique = true,
                Name = "idempotency",
                PartialFilterExpression = Builders<Bulletin>.Filter.Type(b => b.IdempotencyKey, BsonType.String),
            }),
            new CreateIndexModel<Bulletin>(keys.Ascending(b => b.Status).Descending(b => b.PublishedAt).Descending(b => b.DraftedAt), new CreateIndexOptions { Name = "status" }));
    }

    public Task<Bulletin?> FindAsync(Guid id, CancellationToken cancellationToken) => _collection.FindAsync(id, cancellationToken);

    public async Task<Bulletin?> FindByIdempotencyKeyAsync(string scopedKey, CancellationToken cancellationToken)
    {
        var found = await _collection.FindManyAsync(Builders<Bulletin>.Filter.Eq(b => b.IdempotencyKey, scopedKey), null, 0, 1, cancellationToken);
        return found.Count == 0 ? null : found[0];
    }

    public Task SaveAsync(Bulletin bulletin, CancellationToken cancellationToken) => _collection.SaveAsync(bulletin, cancellationToken);

    public async Task<Page<Bulletin>> ListAsync(BulletinStatus status, PageRequest page, CancellationToken cancellationToken)
    {
        var filter = Builders<Bulletin>.Filter.Eq(b => b.Status, status);
        var items = await _collection.FindManyAsync(filter, Newest, page.Skip, page.Size, cancellationToken);
        return new Page<Bulletin>(items, page.Number, page.Size, await _collection.CountAsync(filter, cancellationToken));
    }
}
