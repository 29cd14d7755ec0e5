using DigitalCity.Publicity.Figures;
using DigitalCity.ServiceDefaults.Storage.Mongo;
using MongoDB.Bson;
using MongoDB.Driver;

namespace DigitalCity.Publicity.Storage;

/// <summary>
/// Facts in MongoDB (<c>figureFacts</c>): the document id is <c>{eventId}/{metric}</c>, so a second insert is a duplicate
/// key. Facts written when the id was the event id alone have no quantity and count 1. Reported cases' districts are in
/// <c>caseDistricts</c>, keyed by the case id.
/// </summary>
public sealed class MongoFigureStore : IFigureStore
{
    static readonly FilterDefinitionBuilder<BsonDocument> Filter = Builders<BsonDocument>.Filter;

    readonly IMongoCollection<BsonDocument> _facts;
    readonly IMongoCollection<BsonDocument> _caseDistricts;
    readonly IndexInitializer _indexes;

    public MongoFigureStore(MongoServiceDatabase database)
    {
        MongoConventions.Register();
        _facts = database.Database.GetCollection<BsonDocument>("figureFacts");
        _caseDistricts = database.Database.GetCollection<BsonDocument>("caseDistricts");
        _indexes = new IndexInitializer(CreateIndexesAsync);
    }

    async Task CreateIndexesAsync()
    {
        var keys = Builders<BsonDocument>.IndexKeys;
        try
        {
            await _facts.Indexes.DropOneAsync("day");
        }
        catch (MongoCommandException ex) when (ex.CodeName is "IndexNotFound" or "NamespaceNotFound")
        {
            // made by a version that counted per day and metric only, or never
        }

        await _facts.Indexes.CreateManyAsync(
        [
            new CreateIndexModel<BsonDocument>(keys.Ascending("day").Ascending("district").Ascending("metric"), new CreateIndexOptions { Name = "day_district" }),
            new CreateIndexModel<BsonDocument>(keys.Ascending("caseId"), new CreateIndexOptions { Name = "case", Sparse = true }),
        ]);
    }

    public async Task<bool> RecordAsync(FigureFact fact, CancellationToken cancellationToken)
    {
        await _indexes.EnsureAsync();
        try
        {
            var document = new BsonDocument
            {
                { "_id", $"{fact.EventId}/{fact.Metric}" },
                { "day", fact.Day.ToString("O") },
                { "metric", fact.Metric },
                { "district", fact.DistrictCode is { } district ? new BsonString(district) : BsonNull.Value },
                { "quantity", fact.Quantity },
            };
            if (fact.CaseId is { } caseId)
            {
                // Only case facts carry the field, so the sparse index holds just them.
                document["caseId"] = new BsonBinaryData(caseId, GuidRepresentation.Standard);
            }

            await _facts.InsertOneAsync(document, cancellationToken: cancellationToken);
            return true;
        }
        catch (MongoWriteException ex) when (ex.WriteError.Category == ServerErrorCategory.DuplicateKey)
        {
            return false;
        }
    }

    public async Task<IReadOnlyDictionary<string, long>> SumByMetricAsync(DateOnly from, DateOnly to, string? districtCode, CancellationToken cancellationToken)
    {
        await _indexes.EnsureAsync();
        var match = Filter.Gte("day", from.ToString("O")) & Filter.Lte("day", to.ToString("O"));
        if (districtCode is not null)
        {
            match &= Filter.Eq("district", districtCode);
        }

        var groups = await _facts.Aggregate()
            .Match(match)
            .Group(new BsonDocument
            {
                { "_id", "$metric" },
                { "n", new BsonDocument("$sum", new BsonDocument("$ifNull", new BsonArray { "$quantity", 1 })) },
            })
            .ToListAsync(cancellationToken);
        return groups.ToDictionary(g => g["_id"].AsString, g => g["n"].ToInt64());
    }

    public async Task RememberCaseDistrictAsync(Guid caseId, string districtCode, CancellationToken cancellationToken)
    {
        await _indexes.EnsureAsync();
        var id = new BsonBinaryData(caseId, GuidRepresentation.Standard);
        await MongoFacts.InsertAbsentAsync(_caseDistricts,
            [new UpdateOneModel<BsonDocument>(Filter.Eq("_id", id), Builders<BsonDocument>.Update.SetOnInsert("district", districtCode)) { IsUpsert = true }],
            cancellationToken);
        await _facts.UpdateManyAsync(Filter.Eq("caseId", id) & Filter.Eq("district", BsonNull.Value),
            Builders<BsonDocument>.Update.Set("district", districtCode), cancellationToken: cancellationToken);
    }

    public async Task<string?> FindCaseDistrictAsync(Guid caseId, CancellationToken cancellationToken)
    {
        var found = await _caseDistricts.Find(Filter.Eq("_id", new BsonBinaryData(caseId, GuidRepresentation.Standard))).FirstOrDefaultAsync(cancellationToken);
        return found?["district"].AsString;
    }
}
