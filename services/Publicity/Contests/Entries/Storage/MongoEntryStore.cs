using DigitalCity.Publicity.Contests.Likes;
using DigitalCity.Publicity.Contests.Scoring;
using DigitalCity.ServiceDefaults.Domain;
using DigitalCity.ServiceDefaults.Storage.Mongo;
using MongoDB.Driver;

namespace DigitalCity.Publicity.Contests.Entries.Storage;

/// <summary>Entries in MongoDB: collection <c>contest_entries</c>, unique by contest and video hash; their likes in <see cref="MongoLikeStore"/>'s collection.</summary>
public sealed class MongoEntryStore : IEntryStore
{
    /// <summary>Also one of the collections the publicity outbox dispatcher reads.</summary>
    public const string CollectionName = "contest_entries";

    readonly MongoAggregateCollection<ContestEntry> _collection;
    readonly IMongoDatabase _database;

    public MongoEntryStore(MongoServiceDatabase database)
    {
        _database = database.Database;
        _collection = new MongoAggregateCollection<ContestEntry>(database, CollectionName);
        var keys = Builders<ContestEntry>.IndexKeys;
        _collection.DefineIndexes(
            new CreateIndexModel<ContestEntry>(keys.Ascending(e => e.ContestCode).Ascending(e => e.VideoHash), new CreateIndexOptions { Unique = true, Name = "video" }),
            new CreateIndexModel<ContestEntry>(keys.Ascending(e => e.EntrantId), new CreateIndexOptions { Name = "entrant" }),
            new CreateIndexModel<ContestEntry>(keys.Ascending(e => e.ContestCode).Ascending(e => e.Standing).Ascending(e => e.SubmittedAt), new CreateIndexOptions { Name = "standing" }));
    }

    static FilterDefinitionBuilder<ContestEntry> Filter => Builders<ContestEntry>.Filter;

    static SortDefinition<ContestEntry> Oldest => Builders<ContestEntry>.Sort.Ascending(e => e.SubmittedAt).Ascending(e => e.Id);

    public Task<ContestEntry?> FindAsync(Guid id, CancellationToken cancellationToken) => _collection.FindAsync(id, cancellationToken);

    public async Task<ContestEntry?> FindByVideoAsync(string contestCode, string videoHash, CancellationToken cancellationToken)
    {
        var found = await _collection.FindManyAsync(Filter.Where(e => e.ContestCode == contestCode && e.VideoHash == videoHash), null, 0, 1, cancellationToken);
        return found.Count == 0 ? null : found[0];
    }

    public Task<IReadOnlyList<ContestEntry>> ListByEntrantAsync(Guid entrantId, CancellationToken cancellationToken) =>
        _collection.FindManyAsync(Filter.Eq(e => e.EntrantId, entrantId), Oldest, 0, PageRequest.MaxSize, cancellationToken);

    public async Task<Page<ContestEntry>> ListAsync(string contestCode, EntryStanding? standing, PageRequest page, CancellationToken cancellationToken)
    {
        var filter = Filter.Eq(e => e.ContestCode, contestCode);
        if (standing is { } only)
        {
            filter &= Filter.Eq(e => e.Standing, only);
        }

        var items = await _collection.FindManyAsync(filter, Oldest, page.Skip, page.Size, cancellationToken);
        return new Page<ContestEntry>(items, page.Number, page.Size, await _collection.CountAsync(filter, cancellationToken));
    }

    public Task SaveAsync(ContestEntry entry, CancellationToken cancellationToken) => _collection.SaveAsync(entry, cancellationToken);

    public async Task<IReadOnlyList<EntryTally>> ApprovedTalliesAsync(string contestCode, CancellationToken cancellationToken)
    {
        var approved = await _collection.Collection.Find(Filter.Where(e => e.ContestCode == contestCode && e.Standing == EntryStanding.Approved)).ToListAsync(cancellationToken);
        var counts = await MongoLikeStore.CountsAsync(_database, contestCode, cancellationToken);
        return [.. approved.Select(e => e.ToTally(e.Posts.ToDictionary(p => p.Platform, p => counts.GetValueOrDefault(MongoLikeStore.PostId(e.Id, p.Platform)))))];
    }
}
