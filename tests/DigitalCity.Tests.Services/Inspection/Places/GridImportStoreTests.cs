using DigitalCity.Inspection.Places;
using DigitalCity.ServiceDefaults.Outbox;
using DigitalCity.ServiceDefaults.Storage.Mongo;
using DigitalCity.ServiceDefaults.Storage.Sqlite;
using DigitalCity.Tests.Services.Storage;

namespace DigitalCity.Tests.Services.Inspection.Places;

public sealed class SqliteGridImportStoreTests : GridImportStoreContract, IDisposable
{
    readonly TempDirectory _data = new();

    public SqliteGridImportStoreTests()
    {
        var database = new SqliteDatabase(Path.Combine(_data.Path, "inspection.db"), new OutboxSignal());
        Store = new SqliteGridImportStore(database);
        Outbox = new SqliteOutboxStore(database);
    }

    protected override IGridImportStore Store { get; }

    protected override IOutboxStore Outbox { get; }

    public void Dispose() => _data.Dispose();
}

public sealed class MongoGridImportStoreTests : GridImportStoreContract, IDisposable
{
    readonly MongoTestDatabase _mongo = new();

    public MongoGridImportStoreTests()
    {
        Store = new MongoGridImportStore(_mongo.Database);
        Outbox = new MongoOutboxStore(_mongo.Database.Database, [MongoGridImportStore.CollectionName]);
    }

    protected override IGridImportStore Store { get; }

    protected override IOutboxStore Outbox { get; }

    public void Dispose() => _mongo.Dispose();
}
