using DigitalCity.Inspection.Evaluation;
using DigitalCity.ServiceDefaults.Outbox;
using DigitalCity.ServiceDefaults.Storage.Sqlite;

namespace DigitalCity.Tests.Services.Storage;

public sealed class SqliteEvaluationStoreTests : EvaluationStoreContract, IDisposable
{
    readonly TempDirectory _data = new();

    public SqliteEvaluationStoreTests() =>
        Store = new SqliteEvaluationStore(new SqliteDatabase(Path.Combine(_data.Path, "inspection.db"), new OutboxSignal()));

    protected override IEvaluationStore Store { get; }

    public void Dispose() => _data.Dispose();
}

public sealed class MongoEvaluationStoreTests : EvaluationStoreContract, IDisposable
{
    readonly MongoTestDatabase _mongo = new();

    public MongoEvaluationStoreTests() => Store = new MongoEvaluationStore(_mongo.Database);

    protected override IEvaluationStore Store { get; }

    public void Dispose() => _mongo.Dispose();
}
