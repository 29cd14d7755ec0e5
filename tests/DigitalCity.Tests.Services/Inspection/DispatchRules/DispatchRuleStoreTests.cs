using DigitalCity.Inspection.DispatchRules;
using DigitalCity.ServiceDefaults.Outbox;
using DigitalCity.ServiceDefaults.Storage.Mongo;
using DigitalCity.ServiceDefaults.Storage.Sqlite;
using DigitalCity.Tests.Services.Storage;

namespace DigitalCity.Tests.Services.Inspection.DispatchRules;

public sealed class SqliteDispatchRuleStoreTests : DispatchRuleStoreContract, IDisposable
{
    readonly TempDirectory _data = new();

    public SqliteDispatchRuleStoreTests()
    {
        var database = new SqliteDatabase(Path.Combine(_data.Path, "inspection.db"), new OutboxSignal());
        Store = new SqliteDispatchRuleStore(database, Catalog);
        Outbox = new SqliteOutboxStore(database);
    }

    protected override IDispatchRuleStore Store { get; }

    protected override IOutboxStore Outbox { get; }

    public void Dispose() => _data.Dispose();
}

public sealed class MongoDispatchRuleStoreTests : DispatchRuleStoreContract, IDisposable
{
    readonly MongoTestDatabase _mongo = new();

    public MongoDispatchRuleStoreTests()
    {
        Store = new MongoDispatchRuleStore(_mongo.Database, Catalog);
        Outbox = new MongoOutboxStore(_mongo.Database.Database, [MongoDispatchRuleStore.CollectionName]);
    }

    protected override IDispatchRuleStore Store { get; }

    protected override IOutboxStore Outbox { get; }

    public void Dispose() => _mongo.Dispose();
}
