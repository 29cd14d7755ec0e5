using DigitalCity.Publicity.Bulletins;
using DigitalCity.ServiceDefaults.Outbox;
using DigitalCity.ServiceDefaults.Storage.Mongo;
using DigitalCity.ServiceDefaults.Storage.Sqlite;

namespace DigitalCity.Tests.Services.Storage;

public sealed class SqliteBulletinStoreTests : BulletinStoreContract, IDisposable
{
    readonly SqliteTestDatabase _sqlite = new("publicity");

    public SqliteBulletinStoreTests()
    {
        Store = new SqliteBulletinStore(_sqlite.Database);
        Outbox = new SqliteOutboxStore(_sqlite.Database);
    }

    protected override IBulletinStore Store { get; }

    protected override IOutboxStore Outbox { get; }

    public void Dispose() => _sqlite.Dispose();
}

public sealed class MongoBulletinStoreTests : BulletinStoreContract, IDisposable
{
    readonly MongoTestDatabase _mongo = new();

    public MongoBulletinStoreTests()
    {
        Store = new MongoBulletinStore(_mongo.Database);
        Outbox = new MongoOutboxStore(_mongo.Database.Database, [MongoBulletinStore.CollectionName]);
    }

    protected override IBulletinStore Store { get; }

    protected override IOutboxStore Outbox { get; }

    public void Dispose() => _mongo.Dispose();
}
