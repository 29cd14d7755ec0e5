using DigitalCity.Inspection.Premises;
using DigitalCity.ServiceDefaults.Outbox;
using DigitalCity.ServiceDefaults.Storage.Mongo;
using DigitalCity.ServiceDefaults.Storage.Sqlite;
using DigitalCity.Tests.Services.Support;

namespace DigitalCity.Tests.Services.Storage;

public sealed class SqlitePremisesStoreTests : PremisesStoreContract, IDisposable
{
    readonly TempDirectory _data = new();

    public SqlitePremisesStoreTests()
    {
        var database = new SqliteDatabase(Path.Combine(_data.Path, "inspection.db"), new OutboxSignal());
        Store = new SqlitePremisesStore(database);
        Outbox = new SqliteOutboxStore(database);
    }

    protected override IPremisesStore Store { get; }

    protected override IOutboxStore Outbox { get; }

    public void Dispose() => _data.Dispose();
}

public sealed class MongoPremisesStoreTests : PremisesStoreContract, IDisposable
{
    readonly MongoTestDatabase _mongo = new();

    public MongoPremisesStoreTests()
    {
        Store = new MongoPremisesStore(_mongo.Database);
        Outbox = new MongoOutboxStore(_mongo.Database.Database, [MongoPremisesStore.CollectionName]);
    }

    protected override IPremisesStore Store { get; }

    protected override IOutboxStore Outbox { get; }

    public void Dispose() => _mongo.Dispose();
}
