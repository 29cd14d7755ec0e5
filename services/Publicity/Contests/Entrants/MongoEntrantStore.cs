using DigitalCity.ServiceDefaults.Storage.Mongo;
using MongoDB.Driver;

namespace DigitalCity.Publicity.Contests.Entrants;

/// <summary>Entrants in MongoDB: collection <c>contest_entrants</c>, unique by contest and phone hash, and by token hash.</summary>
public sealed class MongoEntrantStore : IEntrantStore
{
    /// <summary>Also one of the collections the publicity outbox dispatcher reads.</summary>
    public const string CollectionName = "contest_entrants";

    readonly MongoAggregateCollection<Entrant> _collection;

    public MongoEntrantStore(MongoServiceDatabase database)
    {
        _collection = new MongoAggregateCollection<Entrant>(database, CollectionName);
        var keys = Builders<Entrant>.IndexKeys;
        _collection.DefineIndexes(
            new CreateIndexModel<Entrant>(keys.Ascending(e => e.ContestCode).Ascending(e => e.Phone.LookupHash), new CreateIndexOptions { Unique = true, Name = "phone" }),
            new CreateIndexModel<Entrant>(keys.Ascending(e => e.TokenHash), new CreateIndexOptions { Unique = true, Name = "token" }));
    }

    public Task<Entrant?> FindAsync(Guid id, CancellationToken cancellationToken) => _collection.FindAsync(id, cancellationToken);

    public Task<Entrant?> FindByPhoneAsync(string contestCode, string phoneLookupHash, CancellationToken cancellationToken) =>
        FirstAsync(Builders<Entrant>.Filter.Where(e => e.ContestCode == contestCode && e.Phone.LookupHash == phoneLookupHash), cancellationToken);

    public Task<Entrant?> FindByTokenAsync(string contestCode, string tokenHash, CancellationToken cancellationToken) =>
        FirstAsync(Builders<Entrant>.Filter.Where(e => e.ContestCode == contestCode && e.TokenHash == tokenHash), cancellationToken);

    public Task SaveAsync(Entrant entrant, CancellationToken cancellationToken) => _collection.SaveAsync(entrant, cancellationToken);

    async Task<Entrant?> FirstAsync(FilterDefinition<Entrant> filter, CancellationToken cancellationToken)
    {
        var found = await _collection.FindManyAsync(filter, null, 0, 1, cancellationToken);
        return found.Count == 0 ? null : found[0];
    }
}
