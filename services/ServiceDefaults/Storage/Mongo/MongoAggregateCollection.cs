using DigitalCity.ServiceDefaults.Domain;
using DigitalCity.ServiceDefaults.Outbox;
using MongoDB.Bson;
using MongoDB.Driver;

namespace DigitalCity.ServiceDefaults.Storage.Mongo;

/// <summary>
/// A collection of one aggregate type. A save is one document operation: the state, the version
/// check and the new outbox entries together, so state and events can never disagree.
/// </summary>
public sealed class MongoAggregateCollection<T>
    where T : AggregateRoot
{
    readonly IMongoCollection<BsonDocument> _raw;
    readonly OutboxSignal _signal;
    readonly Action<T, BsonDocument>? _decorate;
    readonly IndexInitializer _ready;
    CreateIndexModel<T>[] _indexes = [];
    string[] _legacyIndexes = [];

    /// <param name="decorate">Adds derived fields to the stored document (e.g. a GeoJSON point).</param>
    public MongoAggregateCollection(MongoServiceDatabase database, string name, Action<T, BsonDocument>? decorate = null)
    {
        MongoConventions.Register();
        Name = name;
        Collection = database.Database.GetCollection<T>(name);
        _raw = database.Database.GetCollection<BsonDocument>(name);
        _signal = database.Signal;
        _decorate = decorate;
        _ready = new IndexInitializer(CreateIndexesAsync);
    }

    public string Name { get; }

    /// <summary>The typed view, for the service's queries and index definitions.</summary>
    public IMongoCollection<T> Collection { get; }

    /// <summary>
    /// The service's indexes for this collection. They are created (with the outbox index) before the
    /// first operation, not in a constructor, so a process starts even while MongoDB is unreachable.
    /// </summary>
    public void DefineIndexes(params CreateIndexModel<T>[] indexes) => _indexes = indexes;

    /// <summary>
    /// Indexes an earlier version created and this one no longer wants (by name); they are dropped, when
    /// present, before the defined indexes are created.
    /// </summary>
    public void DropLegacyIndexes(params string[] names) => _legacyIndexes = names;

    Task ReadyAsync() => _ready.EnsureAsync();

    async Task CreateIndexesAsync()
    {
        await _raw.Indexes.CreateOneAsync(new CreateIndexModel<BsonDocument>(
            Builders<BsonDocument>.IndexKeys.Ascending(MongoOutboxFields.MessageId),
            new CreateIndexOptions { Sparse = true, Name = "outbox_pending" }));
        foreach (var name in _legacyIndexes)
        {
            try
            {
                await _raw.Indexes.DropOneAsync(name);
            }
            catch (MongoCommandException ex) when (ex.CodeName is "IndexNotFound" or "NamespaceNotFound")
            {
                // never created, or already dropped
            }
        }

        if (_indexes.Length > 0)
        {
            await Collection.Indexes.CreateManyAsync(_indexes);
        }
    }

    public async Task<T?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        var found = await FindManyAsync(Builders<T>.Filter.Eq(a => a.Id, id), null, 0, 1, cancellationToken);
        return found.Count == 0 ? null : found[0];
    }

    public async Task<IReadOnlyList<T>> FindManyAsync(FilterDefinition<T> filter, SortDefinition<T>? sort, int skip, int limit, CancellationToken cancellationToken)
    {
        await ReadyAsync();
        var items = await Collection.Find(filter).Sort(sort).Skip(skip).Limit(limit).ToListAsync(cancellationToken);
        foreach (var item in items)
        {
            item.MarkPersisted(item.Version);
        }

        return items;
    }

    public async Task<long> CountAsync(FilterDefinition<T> filter, CancellationToken cancellationToken)
    {
        await ReadyAsync();
        return await Collection.CountDocumentsAsync(filter, cancellationToken: cancellationToken);
    }

    public async Task SaveAsync(T aggregate, CancellationToken cancellationToken)
    {
        await ReadyAsync();
        await WriteAsync(null, aggregate, cancellationToken);
        aggregate.MarkPersisted(aggregate.Version + 1);
        _signal.Notify();
    }

    /// <summary>
    /// Inserts or updates several aggregates with their events in one multi-document transaction (MongoDB
    /// runs those on a replica set, as the compose file's single-node set is): all are saved or, when one's
    /// version moved (<see cref="ConcurrencyConflictException"/>) or a unique key is taken, none is.
    /// </summary>
    public async Task SaveAllAsync(IReadOnlyList<T> aggregates, CancellationToken cancellationToken)
    {
        await ReadyAsync();
        using var session = await _raw.Database.Client.StartSessionAsync(cancellationToken: cancellationToken);
        await session.WithTransactionAsync(async (s, ct) =>
        {
            foreach (var aggregate in aggregates)
            {
                await WriteAsync(s, aggregate, ct);
            }

            return true;
        }, cancellationToken: cancellationToken);
        foreach (var aggregate in aggregates)
        {
            aggregate.MarkPersisted(aggregate.Version + 1);
        }

        _signal.Notify();
    }

    /// <summary>One aggregate's document, version check and outbox entries, in <paramref name="session"/>'s transaction when given.</summary>
    async Task WriteAsync(IClientSessionHandle? session, T aggregate, CancellationToken cancellationToken)
    {
        var expected = aggregate.Version;
        var document = aggregate.ToBsonDocument();
        document["version"] = expected + 1;
        _decorate?.Invoke(aggregate, document);
        var outbox = new BsonArray(OutboxMessage.FromAll(aggregate.PendingEvents(), Name, aggregate.Id).Select(MongoOutboxFields.ToBson));

        try
        {
            if (expected == 0)
            {
                document[MongoOutboxFields.Array] = outbox;
                await (session is null
                    ? _raw.InsertOneAsync(document, cancellationToken: cancellationToken)
                    : _raw.InsertOneAsync(session, document, cancellationToken: cancellationToken));
            }
            else
            {
                document.Remove("_id");
                var update = new BsonDocument
                {
                    { "$set", document },
                    { "$push", new BsonDocument(MongoOutboxFields.Array, new BsonDocument("$each", outbox)) },
                };
                var filter = Builders<BsonDocument>.Filter.Eq("_id", new BsonBinaryData(aggregate.Id, GuidRepresentation.Standard))
                    & Builders<BsonDocument>.Filter.Eq("version", expected);
                var result = session is null
                    ? await _raw.UpdateOneAsync(filter, update, cancellationToken: cancellationToken)
                    : await _raw.UpdateOneAsync(session, filter, update, cancellationToken: cancellationToken);
                if (result.MatchedCount == 0)
                {
                    throw new ConcurrencyConflictException(typeof(T).Name, aggregate.Id, expected);
                }
            }
        }
        catch (MongoWriteException ex) when (ex.WriteError.Category == ServerErrorCategory.DuplicateKey)
        {
            throw new DuplicateKeyException(ex.WriteError.Message, ex);
        }
    }
}
