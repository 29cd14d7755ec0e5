using DigitalCity.Publicity.Storage;
using DigitalCity.Sanitation.Storage;
using DigitalCity.ServiceDefaults.Outbox;
using DigitalCity.ServiceDefaults.Storage.Sqlite;
using DigitalCity.Tests.Services.Support;

namespace DigitalCity.Tests.Services.Storage;

public sealed class SqliteTaskStoreTests : TaskStoreContract, IDisposable
{
    readonly TempDirectory _data = new();

    public SqliteTaskStoreTests() =>
        Store = new SqliteTaskStore(new SqliteDatabase(Path.Combine(_data.Path, "sanitation.db"), new OutboxSignal()));

    protected override ITaskStore Store { get; }

    public void Dispose() => _data.Dispose();
}

public sealed class MongoTaskStoreTests : TaskStoreContract, IDisposable
{
    readonly MongoTestDatabase _mongo = new();

    public MongoTaskStoreTests() => Store = new MongoTaskStore(_mongo.Database);

    protected override ITaskStore Store { get; }

    public void Dispose() => _mongo.Dispose();
}

public sealed class SqliteFigureStoreTests : FigureStoreContract, IDisposable
{
    readonly TempDirectory _data = new();

    public SqliteFigureStoreTests() =>
        Store = new SqliteFigureStore(new SqliteDatabase(Path.Combine(_data.Path, "publicity.db"), new OutboxSignal()));

    protected override IFigureStore Store { get; }

    public void Dispose() => _data.Dispose();
}

public sealed class MongoFigureStoreTests : FigureStoreContract, IDisposable
{
    readonly MongoTestDatabase _mongo = new();

    public MongoFigureStoreTests() => Store = new MongoFigureStore(_mongo.Database);

    protected override IFigureStore Store { get; }

    public void Dispose() => _mongo.Dispose();
}
