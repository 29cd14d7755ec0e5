using System.Text.RegularExpressions;
using DigitalCity.ServiceDefaults.Domain;
using DigitalCity.ServiceDefaults.Http;
using DigitalCity.ServiceDefaults.Storage.Mongo;
using MongoDB.Bson;
using MongoDB.Driver;

namespace DigitalCity.Inspection.Premises;

/// <summary>
/// The premises registry in MongoDB: collection <c>premises</c>, unique by credit code and by idempotency
/// key when present. A file with a location also carries <c>geo</c>, a GeoJSON point under a 2dsphere
/// index, for campaign maps.
/// </summary>
public sealed class MongoPremisesStore : IPremisesStore
{
    /// <summary>Also one of the collections the inspection outbox dispatcher reads.</summary>
    public const string CollectionName = "premises";

    readonly MongoAggregateCollection<Premises> _collection;

    public MongoPremisesStore(MongoServiceDatabase database)
    {
        _collection = new MongoAggregateCollection<Premises>(database, CollectionName, AddGeoJson);
        var keys = Builders<Premises>.IndexKeys;
        _collection.DefineIndexes(
            new CreateIndexModel<Premises>(keys.Ascending(p => p.CreditCode),
                new CreateIndexOptions<Premises> { Unique = true, Name = "creditCode", PartialFilterExpression = Builders<Premises>.Filter.Type(p => p.CreditCode, BsonType.String) }),
            new CreateIndexModel<Premises>(keys.Ascending(p => p.IdempotencyKey),
                new CreateIndexOptions<Premises> { Unique = true, Name = "idempotency", PartialFilterExpression = Builders<Premises>.Filter.Type(p => p.IdempotencyKey, BsonType.String) }),
            new CreateIndexModel<Premises>(keys.Ascending(p => p.DistrictCode).Ascending(p => p.Name), new CreateIndexOptions { Name = "district" }),
            new CreateIndexModel<Premises>(keys.Ascending(p => p.Type).Ascending(p => p.Name), new CreateIndexOptions { Name = "type" }),
            new CreateIndexModel<Premises>(keys.Ascending(p => p.GasSupplier).Ascending(p => p.Name), new CreateIndexOptions { Name = "gasSupplier" }),
            new CreateIndexModel<Premises>(keys.Geo2DSphere("geo"), new CreateIndexOptions { Name = "geo" }));
    }

    public Task<Premises?> FindAsync(Guid id, CancellationToken cancellationToken) => _collection.FindAsync(id, cancellationToken);

    public async Task<Premises?> FindByIdempotencyKeyAsync(string scopedKey, CancellationToken cancellationToken)
    {
        var found = await _collection.FindManyAsync(Builders<Premises>.Filter.Eq(p => p.IdempotencyKey, scopedKey), null, 0, 1, cancellationToken);
        return found.Count == 0 ? null : found[0];
    }

    public Task<IReadOnlyList<Premises>> FindByCreditCodesAsync(IReadOnlyCollection<string> creditCodes, CancellationToken cancellationToken) =>
        _collection.FindManyAsync(Builders<Premises>.Filter.In(p => p.CreditCode, creditCodes), null, 0, 0, cancellationToken);

    public Task SaveAsync(Premises premises, CancellationToken cancellationToken) => _collection.SaveAsync(premises, cancellationToken);

    public Task SaveAllAsync(IReadOnlyList<Premises> premises, CancellationToken cancellationToken) => _collection.SaveAllAsync(premises, cancellationToken);

    public async Task<Page<Premises>> SearchAsync(PremisesFilter filter, PageRequest page, CancellationToken cancellationToken)
    {
        var f = Builders<Premises>.Filter;
        var where = f.Empty;
        if (filter.Text is not null)
        {
            var contains = new BsonRegularExpression(Regex.Escape(filter.Text), "i");
            where &= f.Regex(p => p.Name, contains) | f.Regex(p => p.Address, contains);
        }

        if (filter.Type is { } type)
        {
            where &= f.Eq(p => p.Type, type);
        }

        if (filter.DistrictCode is not null)
        {
            where &= f.Eq(p => p.DistrictCode, filter.DistrictCode);
        }

        if (filter.GridCode is not null)
        {
            where &= f.Eq(p => p.GridCode, filter.GridCode);
        }

        if (filter.GasSupplier is not null)
        {
            where &= f.Eq(p => p.GasSupplier, filter.GasSupplier);
        }

        var sort = Builders<Premises>.Sort.Ascending(p => p.Name).Ascending(p => p.Id);
        var items = await _collection.FindManyAsync(where, sort, page.Skip, page.Size, cancellationToken);
        return new Page<Premises>(items, page.Number, page.Size, await _collection.CountAsync(where, cancellationToken));
    }

    static void AddGeoJson(Premises premises, BsonDocument document)
    {
        if (premises.Location is { } point)
        {
            document["geo"] = new BsonDocument
            {
                { "type", "Point" },
                { "coordinates", new BsonArray { point.Longitude, point.Latitude } },
            };
        }
        else
        {
            // An update that removes the location must not leave the old point behind ($set keeps absent fields).
            document["geo"] = BsonNull.Value;
        }
    }
}
