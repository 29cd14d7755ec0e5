using DigitalCity.Sanitation.Clearance.Storage;
using DigitalCity.Sanitation.Collection.Storage;
using DigitalCity.Sanitation.Routes;
using DigitalCity.ServiceDefaults.Outbox;
using DigitalCity.ServiceDefaults.Storage.Sqlite;

namespace DigitalCity.Tests.Services.Storage;

public sealed class SqliteCollectionStoreTests : CollectionStoreContract, IDisposable
{
    readonly TempDirectory _data = new();

    public SqliteCollectionStoreTests()
    {
        var database = new SqliteDatabase(Path.Combine(_data.Path, "sanitation.db"), new OutboxSignal());
        Records = new SqliteCollectionStore(database);
        Clearance = new SqliteClearanceStore(database);
        Routes = new SqliteRouteStore(database);
    }

    protected override ICollectionStore Records { get; }

    protected override IClearanceStore Clearance { get; }

    protected override IRouteStore Routes { get; }

    public void Dispose() => _data.Dispose();
}

public sealed class MongoCollectionStoreTests : CollectionStoreContract, IDisposable
{
    readonly MongoTestDatabase _mongo = new();

    public MongoCollectionStoreTests()
    {
        Records = new MongoCollectionStore(_mongo.Database);
        Clearance = new MongoClearanceStore(_mongo.Database);
        Routes = new MongoRouteStore(_mongo.Database);
    }

    protected override ICollectionStore Records { get; }

    protected override IClearanceStore Clearance { get; }

    protected override IRouteStore Routes { get; }

    public void Dispose() => _mongo.Dispose();
}
