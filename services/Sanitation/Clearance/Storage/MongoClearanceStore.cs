using System.Globalization;
using DigitalCity.ServiceDefaults.Domain;
using DigitalCity.ServiceDefaults.Outbox;
using DigitalCity.ServiceDefaults.Storage;
using DigitalCity.ServiceDefaults.Storage.Mongo;
using MongoDB.Bson;
using MongoDB.Driver;

namespace DigitalCity.Sanitation.Clearance.Storage;

/// <summary>
/// Daily clearance outcomes in MongoDB: collection <c>clearanceOutcomes</c>, <c>_id</c> = <c>{site}|{day}</c>, a missed
/// day's event in the document's <c>outbox</c> array (one insert: atomic without a transaction).
/// </summary>
public sealed class MongoClearanceStore : IClearanceStore
{
    /// <summary>Also one of the collections the sanitation outbox dispatcher reads.</summary>
    public const string CollectionName = "clearanceOutcomes";

    static readonly FilterDefinitionBuilder<BsonDocument> Filter = Builders<BsonDocument>.Filter;

    readonly IMongoCollection<BsonDocument> _outcomes;
    readonly OutboxSignal _signal;
    readonly IndexInitializer _ready;

    public MongoClearanceStore(MongoServiceDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        MongoConventions.Register();
        _outcomes = database.Database.GetCollection<BsonDocument>(CollectionName);
        _signal = database.Signal;
        _ready = new IndexInitializer(() => _outcomes.Indexes.CreateOneAsync(new CreateIndexModel<BsonDocument>(
            Builders<BsonDocument>.IndexKeys.Ascending("day").Ascending("districtCode").Ascending("cleared"), new CreateIndexOptions { Name = "day" })));
    }

    public async Task<int> RecordAsync(IReadOnlyList<ClearanceOutcome> outcomes, CancellationToken cancellationToken)
    {
        if (outcomes.Count == 0)
        {
            return 0;
        }

        await _ready.EnsureAsync();
        var refused = await MongoFacts.InsertNewAsync(_outcomes, [.. outcomes.Select(ToBson)], cancellationToken);
        _signal.Notify();
        return outcomes.Count - refused.Count;
    }

    public async Task<IReadOnlySet<string>> JudgedAsync(DateOnly day, CancellationToken cancellationToken)
    {
        await _ready.EnsureAsync();
        var sites = await _outcomes.Find(Filter.Eq("day", StoredText.Day(day))).Project(Builders<BsonDocument>.Projection.Include("siteCode")).ToListAsync(cancellationToken);
        return sites.Select(s => s["siteCode"].AsString).ToHashSet(StringComparer.Ordinal);
    }

    public async Task<IReadOnlyList<ClearanceRate>> RatesAsync(DateOnly from, DateOnly to, string? districtCode, CancellationToken cancellationToken)
    {
        await _ready.EnsureAsync();
        var match = Filter.Gte("day", StoredText.Day(from)) & Filter.Lte("day", StoredText.Day(to));
        match &= districtCode is null ? Filter.Empty : Filter.Eq("districtCode", districtCode);
        var groups = await _outcomes.Aggregate()
            .Match(match)
            .Group(new BsonDocument
            {
                { "_id", new BsonDocument { { "day", "$day" }, { "district", "$districtCode" } } },
                { "due", new BsonDocument("$sum", 1) },
                { "cleared", new BsonDocument("$sum", new BsonDocument("$cond", new BsonArray { "$cleared", 1, 0 })) },
            })
            .Sort(new BsonDocument { { "_id.day", 1 }, { "_id.district", 1 } })
            .ToListAsync(cancellationToken);
        return [.. groups.Select(g => ClearanceRate.Of(StoredText.ParseDay(g["_id"]["day"].AsString), g["_id"]["district"].AsString, g["due"].ToInt32(), g["cleared"].ToInt32()))];
    }

    public async Task<Page<ClearanceOutcome>> OutcomesAsync(DateOnly day, string? districtCode, bool missedOnly, PageRequest page, CancellationToken cancellationToken)
    {
        await _ready.EnsureAsync();
        var where = Filter.Eq("day", StoredText.Day(day));
        where &= districtCode is null ? Filter.Empty : Filter.Eq("districtCode", districtCode);
        where &= missedOnly ? Filter.Eq("cleared", false) : Filter.Empty;
        var items = await _outcomes.Find(where).Sort(Builders<BsonDocument>.Sort.Ascending("siteCode")).Skip(page.Skip).Limit(page.Size).ToListAsync(cancellationToken);
        var total = await _outcomes.CountDocumentsAsync(where, cancellationToken: cancellationToken);
        return new Page<ClearanceOutcome>([.. items.Select(FromBson)], page.Number, page.Size, total);
    }

    static BsonDocument ToBson(ClearanceOutcome o)
    {
        var document = new BsonDocument
        {
            { "_id", $"{o.SiteCode}|{StoredText.Day(o.Day)}" },
            { "siteCode", o.SiteCode },
            { "siteName", o.SiteName },
            { "districtCode", o.DistrictCode },
            { "day", StoredText.Day(o.Day) },
            { "clearBy", o.ClearBy.UtcDateTime },
            { "firstCollectedAt", o.FirstCollectedAt is { } first ? first.UtcDateTime : BsonNull.Value },
            { "judgedAt", o.JudgedAt.UtcDateTime },
            { "cleared", o.Cleared },
            { MongoOutboxFields.Array, new BsonArray() },
        };
        if (!o.Cleared)
        {
            var missed = o.ToEvent();
            document[MongoOutboxFields.Array].AsBsonArray.Add(MongoOutboxFields.ToBson(OutboxMessage.From(missed, CollectionName, missed.EventId)));
        }

        return document;
    }

    static ClearanceOutcome FromBson(BsonDocument d) => new(
        d["siteCode"].AsString,
        d["siteName"].AsString,
        d["districtCode"].AsString,
        StoredText.ParseDay(d["day"].AsString),
        new DateTimeOffset(d["clearBy"].ToUniversalTime(), TimeSpan.Zero),
        d["firstCollectedAt"].IsBsonNull ? null : new DateTimeOffset(d["firstCollectedAt"].ToUniversalTime(), TimeSpan.Zero),
        new DateTimeOffset(d["judgedAt"].ToUniversalTime(), TimeSpan.Zero));
}
