using DigitalCity.ServiceDefaults.Storage.Mongo;
using MongoDB.Driver;

namespace DigitalCity.Publicity.Contests.Results;

/// <summary>Results in MongoDB: collection <c>contest_results</c>, unique by contest.</summary>
public sealed class MongoResultStore : IResultStore
{
    /// <summary>Also one of the collections the publicity outbox dispatcher reads.</summary>
    public const string CollectionName = "contest_results";

    readonly MongoAggregateCollection<ContestResult> _collection;

    public MongoResultStore(MongoServiceDatabase database)
    {
        _collection = new MongoAggregateCollection<ContestResult>(database, CollectionName);
        _collection.DefineIndexes(new CreateIndexModel<ContestResult>(Builders<ContestResult>.IndexKeys.Ascending(r => r.ContestCode),
            new CreateIndexOptions { Unique = true, Name = "contest" }));
    }

    public async Task<ContestResult?> FindAsync(string contestCode, CancellationToken cancellationToken)
    {
        var found = await _collection.FindManyAsync(Builders<ContestResult>.Filter.Eq(r => r.ContestCode, contestCode), null, 0, 1, cancellationToken);
        return found.Count == 0 ? null : found[0];
    }

    public Task SaveAsync(ContestResult result, CancellationToken cancellationToken) => _collection.SaveAsync(result, cancellationToken);
}
