using DigitalCity.Sanitation.Cleaning.Storage;
using DigitalCity.ServiceDefaults.Outbox;
using DigitalCity.ServiceDefaults.Storage.Sqlite;

namespace DigitalCity.Tests.Services.Storage;

public sealed class SqliteCleaningStoreTests : CleaningStoreContract, IDisposable
{
    readonly TempDirectory _data = new();

    public SqliteCleaningStoreTests() => Store = new SqliteCleaningStore(new SqliteDatabase(Path.Combine(_data.Path, "sanitation.db"), new OutboxSignal()));

    protected override ICleaningStore Store { get; }

    public void Dispose() => _data.Dispose();
}

public sealed class MongoCleaningStoreTests : CleaningStoreContract, IDisposable
{
    readonly MongoTestDatabase _mongo = new();

    public MongoCleaningStoreTests() => Store = new MongoCleaningStore(_mongo.Database);

    protected override ICleaningStore Store { get; }

    public void Dispose() => _mongo.Dispose();
}
