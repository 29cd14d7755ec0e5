using System.Globalization;
using DigitalCity.Sanitation.Collection.Tonnage;
using DigitalCity.ServiceDefaults.Domain;
using DigitalCity.ServiceDefaults.Outbox;
using DigitalCity.ServiceDefaults.Storage;
using DigitalCity.ServiceDefaults.Storage.Mongo;
using MongoDB.Bson;
using MongoDB.Driver;

namespace DigitalCity.Sanitation.Collection.Storage;

/// <summary>
/// Collection records in MongoDB: one document per record in <c>collectionRecords</c>, unique by ticket, each
/// carrying its <c>WasteCollected</c> event in its <c>outbox</c> array (one insert: atomic without a transaction).
/// Reports aggregate the records over the (day, district, waste type) index; days are <c>yyyy-MM-dd</c> text.
/// </summary>
public sealed class MongoCollectionStore : ICollectionStore
{
    /// <summary>Also one of the collections the sanitation outbox dispatcher reads.</summary>
    public const string CollectionName = "collectionRecords";

    static readonly FilterDefinitionBuilder<BsonDocument> Filter = Builders<BsonDocument>.Filter;

    readonly IMongoCollection<BsonDocument> _records;
    readonly OutboxSignal _signal;
    readonly IndexInitializer _ready;

    public MongoCollectionStore(MongoServiceDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        MongoConventions.Register();
        _records = database.Database.GetCollection<BsonDocument>(CollectionName);
        _signal = database.Signal;
        var keys = Builders<BsonDocument>.IndexKeys;
        _ready = new IndexInitializer(() => _records.Indexes.CreateManyAsync(
        [
            new CreateIndexModel<BsonDocument>(keys.Ascending("ticket"), new CreateIndexOptions { Unique = true, Name = "ticket" }),
            new CreateIndexModel<BsonDocument>(keys.Ascending("day").Ascending("districtCode").Ascending("wasteType"), new CreateIndexOptions { Name = "day" }),
            new CreateIndexModel<BsonDocument>(keys.Ascending("day").Ascending("siteCode").Ascending("collectedAt"), new CreateIndexOptions { Name = "daySite" }),
            new CreateIndexModel<BsonDocument>(keys.Ascending("collectedAt").Ascending("_id"), new CreateIndexOptions { Name = "collectedAt" }),
        ]));
    }

    public async Task<IReadOnlyList<CollectionRecord>> AppendAsync(IReadOnlyList<CollectionRecord> records, CancellationToken cancellationToken)
    {
        if (records.Count == 0)
        {
            return [];
        }

        await _ready.EnsureAsync();
        var refused = await MongoFacts.InsertNewAsync(_records, [.. records.Select(ToBson)], cancellationToken);
        _signal.Notify();
        return [.. records.Where((_, i) => !refused.Contains(i))];
    }

    public async Task<IReadOnlyList<CollectionRecord>> FindByTicketsAsync(IReadOnlyCollection<string> tickets, CancellationToken cancellationToken)
    {
        await _ready.EnsureAsync();
        var found = await _records.Find(Filter.In("ticket", tickets)).ToListAsync(cancellationToken);
        return [.. found.Select(FromBson)];
    }

    public async Task<Page<CollectionRecord>> ListAsync(CollectionFilter filter, PageRequest page, CancellationToken cancellationToken)
    {
        await _ready.EnsureAsync();
        var where = Filter.Gte("day", StoredText.Day(filter.From)) & Filter.Lte("day", StoredText.Day(filter.To));
        where &= filter.SiteCode is null ? Filter.Empty : Filter.Eq("siteCode", filter.SiteCode);
        where &= filter.DistrictCode is null ? Filter.Empty : Filter.Eq("districtCode", filter.DistrictCode);
        where &= filter.WasteType is null ? Filter.Empty : Filter.Eq("wasteType", filter.WasteType.ToString());
        var items = await _records.Find(where).Sort(Builders<BsonDocument>.Sort.Ascending("collectedAt").Ascending("_id"))
            .Skip(page.Skip).Limit(page.Size).ToListAsync(cancellationToken);
        var total = await _records.CountDocumentsAsync(where, cancellationToken: cancellationToken);
        return new Page<CollectionRecord>([.. items.Select(FromBson)], page.Number, page.Size, total);
    }

    public async Task<IReadOnlyList<TonnageRow>> TonnageAsync(TonnageQuery query, CancellationToken cancellationToken)
    {
        await _ready.EnsureAsync();
        var match = Filter.Gte("day", StoredText.Day(query.From)) & Filter.Lte("day", StoredText.Day(query.To));
        match &= query.WasteType is null ? Filter.Empty : Filter.Eq("wasteType", query.WasteType.ToString());
        match &= query.DistrictCode is null ? Filter.Empty : Filter.Eq("districtCode", query.DistrictCode);
        match &= query.SiteCode is null ? Filter.Empty : Filter.Eq("siteCode", query.SiteCode);
        var key = new BsonDocument(query.By.Select(d => new BsonElement(d.ToString(), FieldOf(d))));
        var grouped = _records.Aggregate()
            .Match(match)
            .Group(new BsonDocument
            {
                { "_id", key },
                { "weightKg", new BsonDocument("$sum", "$weightKg") },
                { "records", new BsonDocument("$sum", 1) },
            });

        // MongoDB refuses an empty $sort; a grand total is one cell and needs none.
        var cells = await (query.By.Count == 0 ? grouped : grouped.Sort(new BsonDocument(query.By.Select(d => new BsonElement($"_id.{d}", 1)))))
            .ToListAsync(cancellationToken);
        if (cells.Count == 0 && query.By.Count == 0)
        {
            return [new TonnageRow(null, null, null, null, null, 0, 0)];
        }

        return [.. cells.Select(c =>
        {
            var id = c["_id"].AsBsonDocument;
            string? Value(TonnageDimension d) => id.TryGetValue(d.ToString(), out var v) ? v.AsString : null;
            return new TonnageRow(
                Value(TonnageDimension.Day) is { } day ? StoredText.ParseDay(day) : null,
                Value(TonnageDimension.WasteType) is { } type ? Enum.Parse<WasteType>(type) : null,
                Value(TonnageDimension.District),
                Value(TonnageDimension.Site),
                Value(TonnageDimension.Destination),
                c["weightKg"].ToInt64(),
                c["records"].ToInt64());
        })];
    }

    public async Task<IReadOnlyDictionary<string, DateTimeOffset>> FirstCollectionsAsync(DateOnly day, CancellationToken cancellationToken)
    {
        await _ready.EnsureAsync();
        var firsts = await _records.Aggregate()
            .Match(Filter.Eq("day", StoredText.Day(day)))
            .Group(new BsonDocument { { "_id", "$siteCode" }, { "first", new BsonDocument("$min", "$collectedAt") } })
            .ToListAsync(cancellationToken);
        return firsts.ToDictionary(f => f["_id"].AsString, f => new DateTimeOffset(f["first"].ToUniversalTime(), TimeSpan.Zero), StringComparer.Ordinal);
    }

    static BsonValue FieldOf(TonnageDimension dimension) => dimension switch
    {
        TonnageDimension.Day => "$day",
        TonnageDimension.WasteType => "$wasteType",
        TonnageDimension.District => "$districtCode",
        TonnageDimension.Site => "$siteCode",
        TonnageDimension.Destination => new BsonDocument("$ifNull", new BsonArray { "$destinationCode", "" }),
        _ => throw new ArgumentOutOfRangeException(nameof(dimension), dimension, null),
    };

    static BsonDocument ToBson(CollectionRecord r) => new()
    {
        { "_id", new BsonBinaryData(r.Id, GuidRepresentation.Standard) },
        { "ticket", r.Ticket },
        { "wasteType", r.WasteType.ToString() },
        { "weightKg", r.WeightKg },
        { "siteCode", r.SiteCode },
        { "districtCode", r.DistrictCode },
        { "vehicleCode", r.VehicleCode is null ? BsonNull.Value : r.VehicleCode },
        { "destinationCode", r.DestinationCode is null ? BsonNull.Value : r.DestinationCode },
        { "crew", new BsonArray(r.Crew) },
        { "collectedAt", r.CollectedAt.UtcDateTime },
        { "day", StoredText.Day(r.Day) },
        { "source", r.Source },
        { "recordedBy", r.RecordedBy },
        { "recordedAt", r.RecordedAt.UtcDateTime },
        { MongoOutboxFields.Array, new BsonArray { MongoOutboxFields.ToBson(OutboxMessage.From(r.ToEvent(), CollectionName, r.Id)) } },
    };

    static CollectionRecord FromBson(BsonDocument d) => new(
        d["_id"].AsGuid,
        d["ticket"].AsString,
        Enum.Parse<WasteType>(d["wasteType"].AsString),
        d["weightKg"].ToInt64(),
        d["siteCode"].AsString,
        d["districtCode"].AsString,
        d["vehicleCode"].IsBsonNull ? null : d["vehicleCode"].AsString,
        d["destinationCode"].IsBsonNull ? null : d["destinationCode"].AsString,
        [.. d["crew"].AsBsonArray.Select(c => c.AsString)],
        new DateTimeOffset(d["collectedAt"].ToUniversalTime(), TimeSpan.Zero),
        StoredText.ParseDay(d["day"].AsString),
        d["source"].AsString,
        d["recordedBy"].AsString,
        new DateTimeOffset(d["recordedAt"].ToUniversalTime(), TimeSpan.Zero));
}
