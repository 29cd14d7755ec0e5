using DigitalCity.Publicity.Figures;
using DigitalCity.Publicity.Storage;
using DigitalCity.Sanitation.Storage;
using DigitalCity.Sanitation.Tasks;
using DigitalCity.ServiceDefaults.Domain;
using DigitalCity.ServiceDefaults.Outbox;
using DigitalCity.ServiceDefaults.Storage.Sqlite;
using DigitalCity.Tests.Services.Support;

namespace DigitalCity.Tests.Services.Storage;

public sealed class SqliteTaskStoreTests : TaskStoreContract, IDisposable
{
    readonly SqliteTestDatabase _sqlite = new("sanitation");

    public SqliteTaskStoreTests() => Store = new SqliteTaskStore(_sqlite.Database);

    protected override ITaskStore Store { get; }

    [Fact]
    public async Task A_task_written_before_sources_and_kinds_reads_as_a_general_task_from_a_case()
    {
        var task = CaseEvents.Task(Time);
        await Store.SaveAsync(task, default);
        await _sqlite.Database.WriteAsync(async (connection, transaction) =>
        {
            await using var strip = SqliteDatabase.Command(connection, transaction,
                "UPDATE tasks SET doc = json_remove(doc, '$.source', '$.kind', '$.facilityCode', '$.reportedBy', '$.idempotencyKey', '$.requestFingerprint')");
            return await strip.ExecuteNonQueryAsync();
        });

        var found = (await Store.FindAsync(task.Id, default))!;
        var listed = await Store.ListAsync(new TaskFilter(Source: TaskSource.Case, Kind: TaskKind.General), new PageRequest(1, 10), default);

        Assert.Equal((TaskSource.Case, TaskKind.General, (string?)null), (found.Source, found.Kind, found.FacilityCode));
        Assert.Equal([task.Id], listed.Items.Select(t => t.Id));
    }

    public void Dispose() => _sqlite.Dispose();
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

    [Fact]
    public async Task Facts_stored_by_event_id_alone_are_kept_as_counts_of_one_when_the_file_is_upgraded()
    {
        var path = Path.Combine(_data.Path, "legacy.db");
        var old = Guid.NewGuid();
        using (var legacy = new SqliteDatabase(path, new OutboxSignal()))
        {
            legacy.EnsureSchema("legacy", $"""
                CREATE TABLE figure_facts (event_id TEXT PRIMARY KEY, day TEXT NOT NULL, metric TEXT NOT NULL);
                CREATE INDEX ix_figure_facts_day ON figure_facts(day, metric);
                INSERT INTO figure_facts VALUES ('{old}', '2023-01-22', 'casesReported');
                """);
        }

        using var upgraded = new SqliteDatabase(path, new OutboxSignal());
        var store = new SqliteFigureStore(upgraded);

        Assert.False(await store.RecordAsync(new FigureFact(old, new DateOnly(2023, 1, 22), Metrics.CasesReported), default));
        Assert.True(await store.RecordAsync(new FigureFact(Guid.NewGuid(), new DateOnly(2023, 1, 22), Metrics.CasesReported, Shanyang), default));
        Assert.Equal(2, (await store.SumByMetricAsync(new DateOnly(2023, 1, 22), new DateOnly(2023, 1, 22), null, default))[Metrics.CasesReported]);
    }

    public void Dispose() => _data.Dispose();
}

public sealed class MongoFigureStoreTests : FigureStoreContract, IDisposable
{
    readonly MongoTestDatabase _mongo = new();

    public MongoFigureStoreTests() => Store = new MongoFigureStore(_mongo.Database);

    protected override IFigureStore Store { get; }

    public void Dispose() => _mongo.Dispose();
}
