using MongoDB.Bson;
using MongoDB.Driver;

namespace DigitalCity.ServiceDefaults.Storage.Mongo;

/// <summary>Facts stored once under a unique key: a projection's insert-if-absent writes.</summary>
public static class MongoFacts
{
    /// <summary>
    /// Runs upserts that only <c>$setOnInsert</c>, unordered, and returns how many facts were new. Two upserts
    /// of one new fact may race and one then fails on the unique index: the other inserted it, which is all
    /// that was asked, so that failure is not an error.
    /// </summary>
    public static async Task<int> InsertAbsentAsync(IMongoCollection<BsonDocument> facts, IReadOnlyList<WriteModel<BsonDocument>> upserts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(facts);
        try
        {
            var result = await facts.BulkWriteAsync(upserts, new BulkWriteOptions { IsOrdered = false }, cancellationToken);
            return result.Upserts.Count;
        }
        catch (MongoBulkWriteException<BsonDocument> ex) when (ex.WriteErrors.All(e => e.Category == ServerErrorCategory.DuplicateKey))
        {
            return ex.Result.Upserts.Count;
        }
    }

    /// <summary>
    /// Inserts documents unordered and returns the indexes of those refused because their unique key was taken
    /// (stored before, or repeated in the batch): those facts are simply not new. Any other failure is thrown.
    /// </summary>
    public static async Task<IReadOnlySet<int>> InsertNewAsync(IMongoCollection<BsonDocument> facts, IReadOnlyList<BsonDocument> documents, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(facts);
        try
        {
            await facts.InsertManyAsync(documents, new InsertManyOptions { IsOrdered = false }, cancellationToken);
            return new HashSet<int>();
        }
        catch (MongoBulkWriteException<BsonDocument> ex) when (ex.WriteErrors.All(e => e.Category == ServerErrorCategory.DuplicateKey))
        {
            return ex.WriteErrors.Select(e => e.Index).ToHashSet();
        }
    }
}
