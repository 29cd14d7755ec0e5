using DigitalCity.Publicity.Contests.Entries;
using DigitalCity.Publicity.Contests.Entries.Storage;
using DigitalCity.ServiceDefaults.Storage.Mongo;
using MongoDB.Bson;
using MongoDB.Driver;

namespace DigitalCity.Publicity.Contests.Likes;

/// <summary>
/// Like counts in MongoDB: <c>contest_post_likes</c> holds each post's count as last kept (id <c>{entry}/{platform}</c>),
/// <c>contest_like_snapshots</c> the series. A post is known when its entry's document has it. The count only moves
/// by a conditional update — a later reading with no fewer likes — so concurrent feeds cannot lower it; a snapshot is
/// appended after its count (a crash between loses that point of the series, never the count).
/// </summary>
public sealed class MongoLikeStore : ILikeStore
{
    public const string CountCollection = "contest_post_likes";
    public const string SnapshotCollection = "contest_like_snapshots";

    readonly IMongoCollection<BsonDocument> _counts;
    readonly IMongoCollection<BsonDocument> _snapshots;
    readonly IMongoCollection<ContestEntry> _entries;

    public MongoLikeStore(MongoServiceDatabase database)
    {
        MongoConventions.Register();
        _counts = database.Database.GetCollection<BsonDocument>(CountCollection);
        _snapshots = database.Database.GetCollection<BsonDocument>(SnapshotCollection);
        _entries = database.Database.GetCollection<ContestEntry>(MongoEntryStore.CollectionName);
    }

    public static string PostId(Guid entryId, ContestPlatform platform) => $"{entryId}/{platform}";

    public async Task<IReadOnlyList<LikeOutcome>> RecordAsync(string contestCode, IReadOnlyList<LikeReading> readings, DateTimeOffset closesAt, CancellationToken cancellationToken)
    {
        var ids = readings.Select(r => r.EntryId).Distinct().ToList();
        var entries = await _entries.Find(Builders<ContestEntry>.Filter.In(e => e.Id, ids) & Builders<ContestEntry>.Filter.Eq(e => e.ContestCode, contestCode))
            .ToListAsync(cancellationToken);
        var known = entries.SelectMany(e => e.Posts.Select(p => PostId(e.Id, p.Platform))).ToHashSet(StringComparer.Ordinal);
        var outcomes = new List<LikeOutcome>(readings.Count);
        foreach (var reading in readings)
        {
            var id = PostId(reading.EntryId, reading.Platform);
            outcomes.Add(known.Contains(id) ? await RecordOneAsync(contestCode, id, reading, closesAt, cancellationToken) : LikeOutcome.UnknownPost);
        }

        return outcomes;
    }

    public async Task<IReadOnlyList<LikeReading>> SeriesAsync(Guid entryId, CancellationToken cancellationToken)
    {
        var documents = await _snapshots.Find(new BsonDocument("entryId", entryId.ToString()))
            .Sort(Builders<BsonDocument>.Sort.Ascending("platform").Ascending("takenAt")).ToListAsync(cancellationToken);
        return [.. documents.Select(d => new LikeReading(entryId, Enum.Parse<ContestPlatform>(d["platform"].AsString), d["likes"].AsInt64,
            new DateTimeOffset(d["takenAt"].ToUniversalTime(), TimeSpan.Zero)))];
    }

    /// <summary>The counts as last kept of a contest's posts, by post id.</summary>
    public static async Task<IReadOnlyDictionary<string, long>> CountsAsync(IMongoDatabase database, string contestCode, CancellationToken cancellationToken)
    {
        var documents = await database.GetCollection<BsonDocument>(CountCollection).Find(new BsonDocument("contest", contestCode)).ToListAsync(cancellationToken);
        return documents.ToDictionary(d => d["_id"].AsString, d => d["likes"].AsInt64, StringComparer.Ordinal);
    }

    async Task<LikeOutcome> RecordOneAsync(string contestCode, string id, LikeReading reading, DateTimeOffset closesAt, CancellationToken cancellationToken)
    {
        var takenAt = reading.TakenAt.UtcDateTime;
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var stored = await _counts.Find(new BsonDocument("_id", id)).FirstOrDefaultAsync(cancellationToken);
            var current = stored is null ? null : new LikeCount(stored["likes"].AsInt64, new DateTimeOffset(stored["takenAt"].ToUniversalTime(), TimeSpan.Zero));
            var outcome = LikeRules.Judge(current, reading, closesAt);
            if (outcome != LikeOutcome.Recorded)
            {
                return outcome;
            }

            if (!await WriteCountAsync(contestCode, id, stored, reading, cancellationToken))
            {
                continue; // another feed moved the count meanwhile: judge again against it
            }

            await _snapshots.InsertOneAsync(new BsonDocument
            {
                ["entryId"] = reading.EntryId.ToString(),
                ["platform"] = reading.Platform.ToString(),
                ["takenAt"] = takenAt,
                ["likes"] = reading.Likes,
            }, cancellationToken: cancellationToken);
            return LikeOutcome.Recorded;
        }

        return LikeOutcome.Stale;
    }

    async Task<bool> WriteCountAsync(string contestCode, string id, BsonDocument? stored, LikeReading reading, CancellationToken cancellationToken)
    {
        var fields = new BsonDocument { ["likes"] = reading.Likes, ["takenAt"] = reading.TakenAt.UtcDateTime };
        if (stored is null)
        {
            try
            {
                await _counts.InsertOneAsync(new BsonDocument { ["_id"] = id, ["contest"] = contestCode }.AddRange(fields), cancellationToken: cancellationToken);
                return true;
            }
            catch (MongoWriteException ex) when (ex.WriteError.Category == ServerErrorCategory.DuplicateKey)
            {
                return false;
            }
        }

        var unchanged = new BsonDocument { ["_id"] = id, ["takenAt"] = stored["takenAt"], ["likes"] = stored["likes"] };
        var result = await _counts.UpdateOneAsync(unchanged, new BsonDocument("$set", fields), cancellationToken: cancellationToken);
        return result.ModifiedCount == 1;
    }
}
