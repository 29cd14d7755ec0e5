using DigitalCity.ServiceDefaults.Storage.Mongo;
using MongoDB.Bson;
using MongoDB.Driver;

namespace DigitalCity.Inspection.Evaluation;

/// <summary>
/// Evaluation facts in MongoDB, one document per fact in collection <c>evaluationFacts</c>, unique on
/// indicator + subject; counts come from an aggregation pipeline over a compound index of each kind of
/// object × day × indicator. Days are stored as day numbers (<see cref="DateOnly.DayNumber"/>).
/// </summary>
public sealed class MongoEvaluationStore : IEvaluationStore
{
    public const string CollectionName = "evaluationFacts";

    static readonly FilterDefinitionBuilder<BsonDocument> Filter = Builders<BsonDocument>.Filter;

    readonly IMongoCollection<BsonDocument> _facts;
    readonly IndexInitializer _ready;

    public MongoEvaluationStore(MongoServiceDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        MongoConventions.Register();
        _facts = database.Database.GetCollection<BsonDocument>(CollectionName);
        _ready = new IndexInitializer(CreateIndexesAsync);
    }

    async Task CreateIndexesAsync()
    {
        var keys = Builders<BsonDocument>.IndexKeys;
        var indexes = new List<CreateIndexModel<BsonDocument>>
        {
            new(keys.Ascending("indicator").Ascending("subject"), new CreateIndexOptions { Unique = true, Name = "fact" }),
            new(keys.Ascending("day").Ascending("indicator"), new CreateIndexOptions { Name = "city" }),
        };
        foreach (var kind in Enum.GetValues<ScopeKind>().Where(k => k != ScopeKind.City))
        {
            var field = FieldOf(kind);
            indexes.Add(new(keys.Ascending(field).Ascending("day").Ascending("indicator"),
                new CreateIndexOptions { Name = field }));
        }

        await _facts.Indexes.CreateManyAsync(indexes);
    }

    static string FieldOf(ScopeKind kind) => EvaluationScope.NameOf(kind);

    public async Task<int> RecordAsync(IReadOnlyList<EvaluationFact> facts, CancellationToken cancellationToken)
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
                { "day", f.Day.DayNumber },
                { "district", (BsonValue?)f.District ?? BsonNull.Value },
                { "street", (BsonValue?)f.Street ?? BsonNull.Value },
                { "grid", (BsonValue?)f.Grid ?? BsonNull.Value },
                { "department", (BsonValue?)f.Department ?? BsonNull.Value },
                { "person", (BsonValue?)f.Person ?? BsonNull.Value },
            }))
        { IsUpsert = true }).ToList();
        return await MongoFacts.InsertAbsentAsync(_facts, writes, cancellationToken);
    }

    public async Task<IndicatorCounts> CountAsync(EvaluationScope scope, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var match = InPeriod(from, to);
        if (scope.Kind != ScopeKind.City)
        {
            match &= Filter.Eq(FieldOf(scope.Kind), scope.Code);
        }

        var groups = await AggregateAsync(match, new BsonDocument("indicator", "$indicator"), cancellationToken);
        return new IndicatorCounts(groups.ToDictionary(g => g["_id"]["indicator"].AsString, g => g["count"].ToInt64(), StringComparer.Ordinal));
    }

    public async Task<IReadOnlyDictionary<string, IndicatorCounts>> CountEachAsync(ScopeKind kind, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        if (kind == ScopeKind.City)
        {
            return new Dictionary<string, IndicatorCounts> { [EvaluationScope.CityCode] = await CountAsync(EvaluationScope.City, from, to, cancellationToken) };
        }

        var field = FieldOf(kind);
        var groups = await AggregateAsync(
            InPeriod(from, to) & Filter.Type(field, BsonType.String),
            new BsonDocument { { "code", $"${field}" }, { "indicator", "$indicator" } },
            cancellationToken);
        return groups
            .GroupBy(g => g["_id"]["code"].AsString, StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => new IndicatorCounts(g.ToDictionary(x => x["_id"]["indicator"].AsString, x => x["count"].ToInt64(), StringComparer.Ordinal)),
                StringComparer.Ordinal);
    }

    public async Task<long> PeakAsync(ScopeKind kind, string indicator, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var each = kind == ScopeKind.City
            ? await AggregateAsync(InPeriod(from, to) & Filter.Eq("indicator", indicator), new BsonDocument("code", ""), cancellationToken)
            : await AggregateAsync(
                InPeriod(from, to) & Filter.Eq("indicator", indicator) & Filter.Type(FieldOf(kind), BsonType.String),
                new BsonDocument("code", $"${FieldOf(kind)}"),
                cancellationToken);
        return each.Count == 0 ? 0 : each.Max(g => g["count"].ToInt64());
    }

    static FilterDefinition<BsonDocument> InPeriod(DateOnly from, DateOnly to) =>
        Filter.Gte("day", from.DayNumber) & Filter.Lte("day", to.DayNumber);

    async Task<List<BsonDocument>> AggregateAsync(FilterDefinition<BsonDocument> match, BsonDocument groupKey, CancellationToken cancellationToken)
    {
        await _ready.EnsureAsync();
        return await _facts.Aggregate()
            .Match(match)
            .Group(new BsonDocument { { "_id", groupKey }, { "count", new BsonDocument("$sum", 1) } })
            .ToListAsync(cancellationToken);
    }
}
