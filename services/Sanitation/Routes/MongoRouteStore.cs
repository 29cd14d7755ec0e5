using DigitalCity.ServiceDefaults.Domain;
using DigitalCity.ServiceDefaults.Storage.Mongo;
using MongoDB.Driver;

namespace DigitalCity.Sanitation.Routes;

/// <summary>Collection routes in MongoDB: collection <c>collectionRoutes</c>, unique by code, indexed by crew member.</summary>
public sealed class MongoRouteStore : IRouteStore
{
    /// <summary>Also one of the collections the sanitation outbox dispatcher reads.</summary>
    public const string CollectionName = "collectionRoutes";

    readonly MongoAggregateCollection<CollectionRoute> _collection;

    public MongoRouteStore(MongoServiceDatabase database)
    {
        _collection = new MongoAggregateCollection<CollectionRoute>(database, CollectionName);
        var keys = Builders<CollectionRoute>.IndexKeys;
        _collection.DefineIndexes(
            new CreateIndexModel<CollectionRoute>(keys.Ascending(r => r.Code), new CreateIndexOptions { Unique = true, Name = "code" }),
            new CreateIndexModel<CollectionRoute>(keys.Ascending("crew"), new CreateIndexOptions { Name = "crew" }),
            new CreateIndexModel<CollectionRoute>(keys.Ascending(r => r.DistrictCode).Ascending(r => r.Code), new CreateIndexOptions { Name = "district" }));
    }

    public async Task<CollectionRoute?> FindAsync(string code, CancellationToken cancellationToken)
    {
        var found = await _collection.FindManyAsync(Builders<CollectionRoute>.Filter.Eq(r => r.Code, code), null, 0, 1, cancellationToken);
        return found.Count == 0 ? null : found[0];
    }

    public Task<IReadOnlyList<CollectionRoute>> CrewedByAsync(string userId, CancellationToken cancellationToken) =>
        _collection.FindManyAsync(Builders<CollectionRoute>.Filter.AnyEq(r => r.Crew, userId), Builders<CollectionRoute>.Sort.Ascending(r => r.Code), 0, 100, cancellationToken);

    public Task SaveAsync(CollectionRoute route, CancellationToken cancellationToken) => _collection.SaveAsync(route, cancellationToken);

    public async Task<Page<CollectionRoute>> ListAsync(string? districtCode, PageRequest page, CancellationToken cancellationToken)
    {
        var filter = districtCode is null ? Builders<CollectionRoute>.Filter.Empty : Builders<CollectionRoute>.Filter.Eq(r => r.DistrictCode, districtCode);
        var items = await _collection.FindManyAsync(filter, Builders<CollectionRoute>.Sort.Ascending(r => r.Code), page.Skip, page.Size, cancellationToken);
        return new Page<CollectionRoute>(items, page.Number, page.Size, await _collection.CountAsync(filter, cancellationToken));
    }
}
