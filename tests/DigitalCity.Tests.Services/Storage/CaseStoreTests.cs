using DigitalCity.Inspection.Storage;
using DigitalCity.ServiceDefaults.Outbox;
using DigitalCity.ServiceDefaults.Storage.Mongo;
using DigitalCity.ServiceDefaults.Storage.Sqlite;
using DigitalCity.Tests.Services.Support;

namespace DigitalCity.Tests.Services.Storage;

public sealed class SqliteCaseStoreTests : CaseStoreContract, IDisposable
{
    readonly TempDirectory _data = new();

    public SqliteCaseStoreTests()
    {
        var database = new SqliteDatabase(Path.Combine(_data.Path, "inspection.db"), new OutboxSignal());
        Store = new SqliteCaseStore(database);
        Outbox = new SqliteOutboxStore(database);
    }

    protected override ICaseStore Store { get; }

    protected override IOutboxStore Outbox { get; }

    public void Dispose() => _data.Dispose();
}

public sealed class MongoCaseStoreTests : CaseStoreContract, IDisposable
{
    readonly MongoTestDatabase _mongo = new();

    public MongoCaseStoreTests()
    {
        Store = new MongoCaseStore(_mongo.Database);
        Outbox = new MongoOutboxStore(_mongo.Database.Database, [MongoCaseStore.CollectionName]);
    }

    protected override ICaseStore Store { get; }

    protected override IOutboxStore Outbox { get; }

    public void Dispose() => _mongo.Dispose();
}
