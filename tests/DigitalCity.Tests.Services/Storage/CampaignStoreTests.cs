using DigitalCity.Inspection.Campaigns.Figures;
using DigitalCity.Inspection.Campaigns.Storage;
using DigitalCity.ServiceDefaults.Outbox;
using DigitalCity.ServiceDefaults.Storage.Sqlite;

namespace DigitalCity.Tests.Services.Storage;

public sealed class SqliteCampaignStoreTests : CampaignStoreContract, IDisposable
{
    readonly TempDirectory _data = new();

    public SqliteCampaignStoreTests() => Store = new SqliteCampaignStore(new SqliteDatabase(Path.Combine(_data.Path, "inspection.db"), new OutboxSignal()));

    protected override ICampaignStore Store { get; }

    public void Dispose() => _data.Dispose();
}

public sealed class MongoCampaignStoreTests : CampaignStoreContract, IDisposable
{
    readonly MongoTestDatabase _mongo = new();

    public MongoCampaignStoreTests() => Store = new MongoCampaignStore(_mongo.Database);

    protected override ICampaignStore Store { get; }

    public void Dispose() => _mongo.Dispose();
}

public sealed class SqliteCampaignFigureStoreTests : CampaignFigureStoreContract, IDisposable
{
    readonly TempDirectory _data = new();

    public SqliteCampaignFigureStoreTests() => Store = new SqliteCampaignFigureStore(new SqliteDatabase(Path.Combine(_data.Path, "inspection.db"), new OutboxSignal()));

    protected override ICampaignFigureStore Store { get; }

    public void Dispose() => _data.Dispose();
}

public sealed class MongoCampaignFigureStoreTests : CampaignFigureStoreContract, IDisposable
{
    readonly MongoTestDatabase _mongo = new();

    public MongoCampaignFigureStoreTests() => Store = new MongoCampaignFigureStore(_mongo.Database);

    protected override ICampaignFigureStore Store { get; }

    public void Dispose() => _mongo.Dispose();
}
