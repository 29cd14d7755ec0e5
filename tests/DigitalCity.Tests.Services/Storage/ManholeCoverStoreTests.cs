using DigitalCity.Inspection.ManholeCovers;
using DigitalCity.Inspection.ManholeCovers.Storage;
using DigitalCity.ServiceDefaults.Domain;
using DigitalCity.ServiceDefaults.Outbox;
using DigitalCity.ServiceDefaults.Storage.Mongo;
using DigitalCity.ServiceDefaults.Storage.Sqlite;

namespace DigitalCity.Tests.Services.Storage;

public sealed class SqliteManholeCoverStoreTests : ManholeCoverStoreContract, IDisposable
{
    readonly TempDirectory _data = new();

    public SqliteManholeCoverStoreTests()
    {
        var database = new SqliteDatabase(Path.Combine(_data.Path, "inspection.db"), new OutboxSignal());
        Store = new SqliteManholeCoverStore(database);
        Outbox = new SqliteOutboxStore(database);
    }

    protected override IManholeCoverStore Store { get; }

    protected override IOutboxStore Outbox { get; }

    /// <summary>SQLite writes an import in one transaction; the MongoDB adapter documents what it does instead.</summary>
    [Fact]
    public async Task An_import_with_a_code_on_file_saves_none_of_its_covers()
    {
        var taken = NewCover();
        await Store.SaveAsync(taken, default);
        var fresh = NewCover();
        var twin = ManholeCover.Register(
            new(ComponentCode.Parse(taken.Code, out _)!, taken.Location, null, "x", "o", "m",
                CoverMaterial.Steel, false), "manager-2", Time);

        await Assert.ThrowsAsync<DuplicateKeyException>(() => Store.InsertAllAsync([fresh, twin], default));

        Assert.Null(await Store.FindAsync(fresh.Code, default));
    }

    public void Dispose() => _data.Dispose();
}

public sealed class MongoManholeCoverStoreTests : ManholeCoverStoreContract, IDisposable
{
    readonly MongoTestDatabase _mongo = new();

    public MongoManholeCoverStoreTests()
    {
        Store = new MongoManholeCoverStore(_mongo.Database);
        Outbox = new MongoOutboxStore(_mongo.Database.Database, [MongoManholeCoverStore.CollectionName]);
    }

    protected override IManholeCoverStore Store { get; }

    protected override IOutboxStore Outbox { get; }

    public void Dispose() => _mongo.Dispose();
}
