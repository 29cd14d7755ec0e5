using DigitalCity.ServiceDefaults.Domain;
using DigitalCity.ServiceDefaults.Storage.Mongo;
using MongoDB.Driver;

namespace DigitalCity.Publicity.Contests.Definitions;

/// <summary>Contests in MongoDB: collection <c>contests</c>, unique by code.</summary>
public sealed class MongoContestStore : IContestStore
{
    /// <summary>Also one of the collections the publicity outbox dispatcher reads.</summary>
    public const string CollectionName = "contests";

    readonly MongoAggregateCollection<Contest> _collection;

    public MongoContestStore(MongoServiceDatabase database)
    {
        _collection = new MongoAggregateCollection<Contest>(database, CollectionName);
        _collection.DefineIndexes(new CreateIndexModel<Contest>(Builders<Contest>.IndexKeys.Ascending(c => c.Code), new CreateIndexOptions { Unique = true, Name = "code" }));
    }

    public async Task<Contest?> FindAsync(string code, CancellationToken cancellationToken)
    {
        var found = await _collection.FindManyAsync(Builders<Contest>.Filter.Eq(c => c.Code, code), null, 0, 1, cancellationToken);
        return found.Count == 0 ? null : found[0];
    }

    public Task SaveAsync(Contest contest, CancellationToken cancellationToken) => _collection.SaveAsync(contest, cancellationToken);

    public async Task<Page<Contest>> ListAsync(PageRequest page, CancellationToken cancellationToken)
    {
        var items = await _collection.FindManyAsync(Builders<Contest>.Filter.Empty, Builders<Contest>.Sort.Ascending(c => c.Code), page.Skip, page.Size, cancellationToken);
        return new Page<Contest>(items, page.Number, page.Size, await _collection.CountAsync(Builders<Contest>.Filter.Empty, cancellationToken));
    }
}
