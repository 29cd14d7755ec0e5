using DigitalCity.Sanitation.Overflow.Storage;

namespace DigitalCity.Tests.Services.Storage;

public sealed class SqliteBinLevelStoreTests : BinLevelStoreContract, IDisposable
{
    readonly SqliteTestDatabase _sqlite = new("sanitation");

    public SqliteBinLevelStoreTests() => Store = new SqliteBinLevelStore(_sqlite.Database);

    protected override IBinLevelStore Store { get; }

    public void Dispose() => _sqlite.Dispose();
}

public sealed class MongoBinLevelStoreTests : BinLevelStoreContract, IDisposable
{
    readonly MongoTestDatabase _mongo = new();

    public MongoBinLevelStoreTests() => Store = new MongoBinLevelStore(_mongo.Database);

    protected override IBinLevelStore Store { get; }

    public void Dispose() => _mongo.Dispose();
}
