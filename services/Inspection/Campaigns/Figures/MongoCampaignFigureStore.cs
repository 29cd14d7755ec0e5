using DigitalCity.ServiceDefaults.Storage.Mongo;
using MongoDB.Bson;
using MongoDB.Driver;

namespace DigitalCity.Inspection.Campaigns.Figures;

/// <summary>
/// Campaign figures in MongoDB: one document per fact in <c>campaignFigureFacts</c>, unique on indicator +
/// subject, counted by an aggregation over the (campaign, day, district) index. Days are day numbers.
/// </summary>
public sealed class MongoCampaignFigureStore : ICampaignFigureStore
{
    public const string CollectionName = "campaignFigureFacts";

    static readonly FilterDefinitionBuilder<BsonDocument> Filter = Builders<BsonDocument>.Filter;

    readonly IMongoCollection<BsonDocument> _facts;
    readonly IndexInitializer _ready;

    public MongoCampaignFigureStore(MongoServiceDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        MongoConventions.Register();
        _facts = database.Database.GetCollection<BsonDocument>(CollectionName);
        _ready = new IndexInitializer(() => _facts.Indexes.CreateManyAsync(
        [
            new CreateIndexModel<BsonDocument>(Builders<BsonDocument>.IndexKeys.Ascending("indicator").Ascending("subject"), new CreateIndexOptions { Unique = true, Name = "fact" }),
            new CreateIndexModel<BsonDocument>(Builders<BsonDocument>.IndexKeys.Ascending("campaign").Ascending("day").Ascending("district"), new CreateIndexOptions { Name = "campaign" }),
            new CreateIndexModel<BsonDocument>(Builders<BsonDocument>.IndexKeys.Ascending("day"), new CreateIndexOptions { Name = "day" }),
        ]));
    }

    public async Task<int> RecordAsync(IReadOnlyList<FigureFact> facts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(facts);
        if (facts.Count == 0)
        {
            return 0;
        }

        await _ready.EnsureAsync();
        var writes = facts.Select(f => new UpdateOneModel<BsonDocument>(
            Filter.Eq("indicator", f.Indicator) & Filter.Eq("subject", f.Subject),
            new BsonDocument("$setOnInsert", new BsonDocument
            {
                { "campaign", f.CampaignId.ToString() },
                { "district", f.DistrictCode },
                { "day", f.Day.DayNumber },
            }))
        { IsUpsert = true }).ToList();
        return await MongoFacts.InsertAbsentAsync(_facts, writes, cancellationToken);
    }

    public async Task<IReadOnlyList<FigureCount>> CountAsync(Guid campaignId, DateOnly from, DateOnly to, string? districtCode, CancellationToken cancellationToken)
    {
        await _ready.EnsureAsync();
        var match = Filter.Eq("campaign", campaignId.ToString()) & Filter.Gte("day", from.DayNumber) & Filter.Lte("day", to.DayNumber);
        if (districtCode is not null)
        {
            match &= Filter.Eq("district", districtCode);
        }

        var groups = await _facts.Aggregate().Match(match)
            .Group(new BsonDocument
            {
                { "_id", new BsonDocument { { "district", "$district" }, { "day", "$day" }, { "indicator", "$indicator" } } },
                { "count", new BsonDocument("$sum", 1) },
            })
            .ToListAsync(cancellationToken);
        return [.. groups.Select(g => new FigureCount(
            g["_id"]["district"].AsString, DateOnly.FromDayNumber(g["_id"]["day"].AsInt32), g["_id"]["indicator"].AsString, g["count"].ToInt64()))];
    }

    public async Task<IReadOnlyList<(Guid CampaignId, string DistrictCode, DateOnly Day)>> ActiveDaysAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        await _ready.EnsureAsync();
        var groups = await _facts.Aggregate().Match(Filter.Gte("day", from.DayNumber) & Filter.Lte("day", to.DayNumber))
            .Group(new BsonDocument("_id", new BsonDocument { { "campaign", "$campaign" }, { "district", "$district" }, { "day", "$day" } }))
            .ToListAsync(cancellationToken);
        return [.. groups.Select(g => (Guid.Parse(g["_id"]["campaign"].AsString), g["_id"]["district"].AsString, DateOnly.FromDayNumber(g["_id"]["day"].AsInt32)))
            .OrderBy(d => d.Item3).ThenBy(d => d.Item1).ThenBy(d => d.Item2, StringComparer.Ordinal)];
    }
}
