using DigitalCity.ServiceDefaults.Domain;
using DigitalCity.ServiceDefaults.Storage.Mongo;
using MongoDB.Driver;

namespace DigitalCity.Sanitation.Facilities.Storage;

/// <summary>The facility registry in MongoDB: collection <c>facilities</c>, unique by code.</summary>
public sealed class MongoFacilityStore : IFacilityStore
{
    /// <summary>Also one of the collections the sanitation outbox dispatcher reads.</summary>
    public const string CollectionName = "facilities";

    readonly MongoAggregateCollection<Facility> _collection;

    public MongoFacilityStore(MongoServiceDatabase database)
    {
        _collection = new MongoAggregateCollection<Facility>(database, CollectionName);
        var keys = Builders<Facility>.IndexKeys;
        _collection.DefineIndexes(
            new CreateIndexModel<Facility>(keys.Ascending(f => f.Code), new CreateIndexOptions { Unique = true, Name = "code" }),
            new CreateIndexModel<Facility>(keys.Ascending(f => f.Kind).Ascending(f => f.DistrictCode).Ascending(f => f.Code), new CreateIndexOptions { Name = "kind" }),
            new CreateIndexModel<Facility>(keys.Ascending(f => f.DistrictCode).Ascending(f => f.Code), new CreateIndexOptions { Name = "district" }));
    }

    public async Task<Facility?> FindAsync(string code, CancellationToken cancellationToken)
    {
        var found = await _collection.FindManyAsync(Builders<Facility>.Filter.Eq(f => f.Code, code), null, 0, 1, cancellationToken);
        return found.Count == 0 ? null : found[0];
    }

    public Task<IReadOnlyList<Facility>> FindManyAsync(IReadOnlyCollection<string> codes, CancellationToken cancellationToken) =>
        _collection.FindManyAsync(Builders<Facility>.Filter.In(f => f.Code, codes), null, 0, 0, cancellationToken);

    public Task SaveAsync(Facility facility, CancellationToken cancellationToken) => _collection.SaveAsync(facility, cancellationToken);

    public async Task<Page<Facility>> ListAsync(FacilityKind? kind, string? districtCode, PageRequest page, CancellationToken cancellationToken)
    {
        var f = Builders<Facility>.Filter;
        var where = f.Empty;
        if (kind is not null)
        {
            where &= f.Eq(x => x.Kind, kind.Value);
        }

        if (districtCode is not null)
        {
            where &= f.Eq(x => x.DistrictCode, districtCode);
        }

        var items = await _collection.FindManyAsync(where, Builders<Facility>.Sort.Ascending(x => x.Code), page.Skip, page.Size, cancellationToken);
        return new Page<Facility>(items, page.Number, page.Size, await _collection.CountAsync(where, cancellationToken));
    }
}
