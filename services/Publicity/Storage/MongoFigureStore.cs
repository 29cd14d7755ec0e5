using DigitalCity.Publicity.Figures;
using DigitalCity.ServiceDefaults.Storage.Mongo;
using MongoDB.Bson;
using MongoDB.Driver;

namespace DigitalCity.Publicity.Storage;

/// <summary>Facts in MongoDB; the event id is the document id, so a second insert is a duplicate key.</summary>
public sealed class MongoFigureStore : IFigureStore
{
    readonly IMongoCollection<BsonDocument> _facts;
    readonly IndexInitializer _indexes;

    public MongoFigureStore(MongoServiceDatabase database)
    {
        MongoConventions.Register();
        _facts = database.Database.GetCollection<BsonDocument>("figureFacts");
        _indexes = new IndexInitializer(() => _facts.Indexes.CreateOneAsync(new CreateIndexModel<BsonDocument>(
            Builders<BsonDocument>.IndexKeys.Ascending("day").Ascending("metric"), new CreateIndexOptions { Name = "day" })));
    }

    public async Task<bool> RecordAsync(FigureFact fact, CancellationToken cancellationToken)
    {
        await _indexes.EnsureAsync();
        try
        {
            await _facts.InsertOneAsync(new BsonDocument
            {
                { "_id", new BsonBinaryData(fact.EventId, GuidRepresentation.Standard) },
                { "day", fact.Day.ToString("O") },
                { "metric", fact.Metric },
            }, cancellationToken: cancellationToken);
            return true;
        }
        catch (MongoWriteException ex) when (ex.WriteError.Category == ServerErrorCategory.DuplicateKey)
        {
            return false;
        }
    }

    public async Task<IReadOnlyDictionary<string, long>> CountByMetricAsync(DateOnly day, CancellationToken cancellationToken)
    {
        await _indexes.EnsureAsync();
        var groups = await _facts.Aggregate()
            .Match(Builders<BsonDocument>.Filter.Eq("day", day.ToString("O")))
            .Group(new BsonDocument { { "_id", "$metric" }, { "n", new BsonDocument("$sum", 1) } })
            .ToListAsync(cancellationToken);
        return groups.ToDictionary(g => g["_id"].AsString, g => g["n"].ToInt64());
    }
}
