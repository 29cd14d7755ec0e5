using DigitalCity.ServiceDefaults.Domain;
using DigitalCity.ServiceDefaults.Storage.Mongo;
using MongoDB.Driver;

namespace DigitalCity.Inspection.Places;

/// <summary>
/// Grid imports in MongoDB: one document per import in collection <c>gridImports</c>, unique by import
/// number, its event in its outbox array. A document holds at most one import's request body
/// (<see cref="PlacesOptions.MaxImportBytes"/>), well under MongoDB's 16 MB document limit.
/// </summary>
public sealed class MongoGridImportStore : IGridImportStore
{
    /// <summary>Also one of the collections the inspection outbox dispatcher reads.</summary>
    public const string CollectionName = "gridImports";

    readonly MongoAggregateCollection<GridImport> _collection;

    public MongoGridImportStore(MongoServiceDatabase database)
    {
        _collection = new MongoAggregateCollection<GridImport>(database, CollectionName);
        _collection.DefineIndexes(new CreateIndexModel<GridImport>(
            Builders<GridImport>.IndexKeys.Ascending(i => i.Number),
            new CreateIndexOptions { Unique = true, Name = "number" }));
    }

    public Task<IReadOnlyList<GridImport>> LoadAllAsync(CancellationToken cancellationToken) =>
        _collection.FindManyAsync(Builders<GridImport>.Filter.Empty, Builders<GridImport>.Sort.Ascending(i => i.Number), 0, 0, cancellationToken);

    public async Task<long> LatestNumberAsync(CancellationToken cancellationToken)
    {
        var latest = await _collection.Collection.Find(Builders<GridImport>.Filter.Empty)
            .SortByDescending(i => i.Number)
            .Limit(1)
            .Project(i => i.Number)
            .ToListAsync(cancellationToken);
        return latest.Count == 0 ? 0 : latest[0];
    }

    public async Task SaveAsync(GridImport import, CancellationToken cancellationToken)
    {
        try
        {
            await _collection.SaveAsync(import, cancellationToken);
        }
        catch (DuplicateKeyException)
        {
            throw new ConcurrencyConflictException(nameof(GridImport), import.Id, import.Number - 1);
        }
    }
}
