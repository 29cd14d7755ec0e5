using DigitalCity.ServiceDefaults.Domain;
using DigitalCity.ServiceDefaults.Storage.Mongo;
using MongoDB.Driver;

namespace DigitalCity.Sanitation.Overflow.Storage;

/// <summary>Bin levels in MongoDB: collection <c>binLevels</c>, unique by bin code.</summary>
public sealed class MongoBinLevelStore : IBinLevelStore
{
    public const string CollectionName = "binLevels";

    readonly MongoAggregateCollection<BinLevel> _collection;

    public MongoBinLevelStore(MongoServiceDatabase database)
    {
        _collection = new MongoAggregateCollection<BinLevel>(database, CollectionName);
        _collection.DefineIndexes(
            new CreateIndexModel<BinLevel>(Builders<BinLevel>.IndexKeys.Ascending(l => l.BinCode), new CreateIndexOptions { Unique = true, Name = "code" }));
    }

    public async Task<BinLevel?> FindAsync(string binCode, CancellationToken cancellationToken)
    {
        var found = await _collection.FindManyAsync(Builders<BinLevel>.Filter.Eq(l => l.BinCode, binCode), null, 0, 1, cancellationToken);
        return found.Count == 0 ? null : found[0];
    }

    public Task SaveAsync(BinLevel level, CancellationToken cancellationToken) => _collection.SaveAsync(level, cancellationToken);

    public async Task<Page<BinLevel>> ListAsync(PageRequest page, CancellationToken cancellationToken)
    {
        var all = Builders<BinLevel>.Filter.Empty;
        var items = await _collection.FindManyAsync(all, Builders<BinLevel>.Sort.Ascending(l => l.BinCode), page.Skip, page.Size, cancellationToken);
        return new Page<BinLevel>(items, page.Number, page.Size, await _collection.CountAsync(all, cancellationToken));
    }
}
